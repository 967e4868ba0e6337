/**
 * Main's refusals in the runner's words: no channel names ("settings:update: …"), field paths
 * ("cues.toneVolume") as the screen labels them, and nothing technical from a crash (code, data URLs).
 */
import type { IpcErrorCode } from './contract';

export interface FieldProblem {
  /** As main names it, list positions left out: "getReadySec", "cues.toneVolume", "checkIn.distanceKm". */
  path: string;
  message: string;
}

const CHANNEL_PREFIX = /^[a-z]+:[a-z-]+:\s*/;
const PROBLEM = /^([A-Za-z_][\w.]*):\s+(.+)$/;

/** "settings:update: getReadySec: At most 60.; cues.voiceVolume: …" as field problems; other text apart. */
export function splitRefusal(message: string): { problems: FieldProblem[]; other: string | null } {
  const problems: FieldProblem[] = [];
  const other: string[] = [];
  // describeZodError joins problems with "; " — split only where a path follows.
  for (const part of message.replace(CHANNEL_PREFIX, '').split(/;\s+(?=[A-Za-z_][\w.]*:\s)/)) {
    const m = PROBLEM.exec(part.trim());
    if (m) problems.push({ path: m[1]!.replace(/\.\d+(?=\.|$)/g, ''), message: m[2]!.trim() });
    else if (part.trim()) other.push(part.trim());
  }
  return { problems, other: other.length > 0 ? other.join(' ') : null };
}

/** What the runner is told when the app itself failed (its details go to the log, not the screen). */
export const SOMETHING_WENT_WRONG = 'Something went wrong in the app. Nothing was changed; please try again.';

/**
 * One sentence for a refusal: each field problem as "Label: message" (paths the words do not know
 * are left out of the label), no channel name; an app failure (code "internal") only in general words.
 */
export function plainRefusal(error: unknown, words: Readonly<Record<string, string>> = {}): string {
  const code = (error as { code?: IpcErrorCode } | null)?.code;
  if (code === 'internal') return SOMETHING_WENT_WRONG;
  const message = error instanceof Error ? error.message : String(error);
  const { problems, other } = splitRefusal(message);
  const parts = problems.map((p) => (words[p.path] ? `${words[p.path]}: ${p.message}` : p.message));
  if (other) parts.push(other);
  const text = parts.join(' ').replace(/data:[^\s)]+/g, '(file contents)');
  return text || SOMETHING_WENT_WRONG;
}
