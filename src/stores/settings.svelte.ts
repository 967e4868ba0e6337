/** The runner's settings as the renderer sees them: loaded once, changed through main. */
import { api } from '../lib/ipc/api';
import { besideField, issuesSentence } from '../lib/ipc/field-words';
import { issuesOf, plainRefusal } from '../lib/ipc/plain-words';
import { DEFAULT_SETTINGS } from '../lib/settings/defaults';
import type { Settings } from '../lib/settings/types';
import { playChangeTone, primeAudio, speak } from '../services/cues';

export const settingsState = $state<{
  settings: Settings;
  loaded: boolean;
  /** A refusal that belongs to no one field, in plain words. */
  error: string | null;
  /** Why a field's last change was refused, by setting path ("getReadySec", "cues.toneVolume"). */
  fieldErrors: Record<string, string>;
}>({
  settings: structuredClone(DEFAULT_SETTINGS),
  loaded: false,
  error: null,
  fieldErrors: {},
});

export async function loadSettings(): Promise<void> {
  settingsState.settings = await api.getSettings();
  settingsState.loaded = true;
}

/** The run length main learns from the runs before `today`, in minutes: what reminders use when none is set. */
export function learnedRunLength(today: string): Promise<number> {
  return api.getLearnedRunLength({ today });
}

/** The setting paths a patch touches ("cues" → "cues.toneVolume", …), to clear their old messages. */
function pathsOf(patch: SettingsChange): string[] {
  return Object.entries(patch).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? [key, ...Object.keys(value).map((sub) => `${key}.${sub}`)] : [key],
  );
}

/** A change: top-level values whole, nested groups (cues, doors) by the fields that change. */
export type SettingsChange = { [K in keyof Settings]?: Settings[K] extends object ? Partial<Settings[K]> : Settings[K] };

// Changes go to main one after another, each completed against the settings the previous one left:
// two quick changes in one group (both doors, two cue boxes) would otherwise each undo the other.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Saves a change; on refusal the stored settings stay as they were and the reason is kept beside
 * the field it concerns (or in `error`, in plain words). Resolves to whether main took it.
 * A function is called with the settings as the previous change left them.
 */
export function updateSettings(change: SettingsChange | ((current: Settings) => SettingsChange)): Promise<boolean> {
  const done = queue.then(() => {
    // A change worked out from the settings (a run day toggled) is worked out when its turn comes, so quick clicks all count.
    const c = typeof change === 'function' ? change(settingsState.settings) : change;
    return send(completed(c, settingsState.settings), pathsOf(c));
  });
  queue = done;
  return done;
}

/** The change with each nested group filled in from the current settings, as main takes it. */
export function completed(change: SettingsChange, current: Settings): Partial<Settings> {
  return Object.fromEntries(
    Object.entries(change).map(([key, value]) => {
      const now = current[key as keyof Settings];
      return [key, value !== null && typeof value === 'object' && now !== null && typeof now === 'object' ? { ...now, ...value } : value];
    }),
  ) as Partial<Settings>;
}

/** The settings fields that show a refusal beside themselves (SecondsField, VolumeField); others are said in `error`. */
const OWN_MESSAGE: ReadonlySet<string> = new Set([
  'getReadySec',
  'switchSidesSec',
  'cues.toneVolume',
  'cues.voiceVolume',
  'reminders.leadMin',
  'reminders.runLengthMin',
]);

async function send(patch: Partial<Settings>, touched: string[]): Promise<boolean> {
  const fieldErrors = Object.fromEntries(Object.entries(settingsState.fieldErrors).filter(([path]) => !touched.includes(path)));
  try {
    // A snapshot: a group filled in from the state (the run days' list) is a proxy, which IPC cannot clone.
    settingsState.settings = await api.updateSettings($state.snapshot(patch));
    settingsState.fieldErrors = fieldErrors;
    settingsState.error = null;
    return true;
  } catch (error) {
    const issues = issuesOf(error);
    const placed = issues.filter((issue) => OWN_MESSAGE.has(issue.path));
    const rest = issues.filter((issue) => !OWN_MESSAGE.has(issue.path));
    for (const issue of placed) fieldErrors[issue.path] = besideField(issue);
    settingsState.fieldErrors = fieldErrors;
    settingsState.error = rest.length > 0 ? issuesSentence(rest) : placed.length > 0 ? null : plainRefusal(error);
    return false;
  }
}

/** A field's own message, set when the screen refuses what was typed before asking main. */
export function setFieldError(path: string, message: string | null): void {
  const next = { ...settingsState.fieldErrors };
  if (message === null) delete next[path];
  else next[path] = message;
  settingsState.fieldErrors = next;
}

/** Plays the change chime and a spoken line at the chosen volumes, so the runner can set them by ear. */
export function testCues(): void {
  primeAudio();
  const cues = { ...settingsState.settings.cues, tones: true, voice: true };
  playChangeTone(cues, false);
  speak('This is how the cues sound.', cues, false);
}
