/**
 * The one table from a field path, as main names it in a refusal, to the words a runner sees for
 * that field, and the sentences made from it. Used by main (an error's `message`) and by the forms
 * (the message beside a field), so a field key never has to be shown. Plain module: no DOM, no Electron.
 */
import type { IpcIssue } from './contract';
import { SPOT_LABELS } from '../history/diary-labels';

/**
 * Every field a form sends (Settings, the check-in, the routine editor), keyed by its path with list
 * positions left out ("steps.2.durationSec" is "steps.durationSec"). A test walks the argument
 * schemas of those channels and fails if one is missing here.
 */
export const FIELD_WORDS: Readonly<Record<string, string>> = {
  // settings:update
  theme: 'Theme',
  distanceUnit: 'Distance unit',
  weekStartDay: 'Week starts on',
  backPainType: 'Your back pain',
  getReadySec: 'Get-ready countdown',
  switchSidesSec: 'Pause to switch sides',
  cues: 'Cues',
  'cues.tones': 'Tones',
  'cues.toneVolume': 'Tone volume',
  'cues.voice': 'Spoken cues',
  'cues.voiceVolume': 'Voice volume',
  'cues.countIn': 'Saying “3, 2, 1”',
  'cues.halfway': 'Saying “halfway”',
  doorRoutineIds: 'The Home buttons',
  'doorRoutineIds.before': 'The “Before the run” button',
  'doorRoutineIds.after': 'The “After the run” button',
  playerFocus: 'Focus mode',
  reminders: 'Reminders',
  'reminders.on': 'Reminders',
  'reminders.days': 'Run days',
  'reminders.time': 'Run time',
  'reminders.leadMin': 'Warm-up reminder',
  'reminders.afterRun': 'The “Back from your run?” reminder',
  'reminders.runLengthMin': 'Usual run length',
  'reminders.eveningCheckIn': 'The evening check-in reminder',
  'reminders.checkInTime': 'Evening check-in time',
  openAtLogin: 'Start at login',
  // sessions:save-check-in
  sessionId: 'The session',
  checkIn: 'The check-in',
  localDate: 'Day',
  'checkIn.painNow': 'Pain now',
  'checkIn.painBefore': 'Pain before the run',
  'checkIn.locations': 'Where',
  'checkIn.kinds': 'What kind',
  'checkIn.redFlags': 'Anything unusual',
  'checkIn.dayType': 'Today was',
  'checkIn.crossTrainingKind': 'Kind of cross-training',
  'checkIn.distanceKm': 'Distance',
  'checkIn.durationSec': 'Time',
  'checkIn.note': 'Note',
  'checkIn.treatments': 'Treatments',
  'checkIn.painkillerNote': 'Painkiller name and dose',
  'checkIn.spotPain': 'Pain by spot',
  ...Object.fromEntries(Object.entries(SPOT_LABELS).map(([spot, label]) => [`checkIn.spotPain.${spot}`, `Pain, ${label.toLowerCase()}`])),
  'checkIn.avgHeartRate': 'Average heart rate',
  'checkIn.climbM': 'Climb',
  // routines:save
  id: 'The routine',
  name: 'Name',
  phase: 'Before or after the run',
  steps: 'Steps',
  'steps.id': 'Step',
  'steps.movementId': 'Movement',
  'steps.durationSec': 'Duration',
  'steps.sides': 'Sides',
  'steps.restAfterSec': 'Rest after',
  // movements:save (id and name as above)
  kind: 'Kind',
  defaultDurationSec: 'Duration',
  perSide: 'Sides',
  howTo: 'How to do it',
  caution: 'Caution',
};

/** A path as the table keys it: list positions left out ("steps.2.durationSec" → "steps.durationSec"). */
export function fieldKey(path: string): string {
  return path
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
}

/** The words for a path's field, or null when the table does not know it (then no label is shown at all). */
export function fieldName(path: string): string | null {
  return Object.hasOwn(FIELD_WORDS, fieldKey(path)) ? FIELD_WORDS[fieldKey(path)]! : null;
}

/** What the runner is told when the app itself failed (its details go to the log, not the screen). */
export const SOMETHING_WENT_WRONG = 'Something went wrong in the app. Nothing was changed; please try again.';

/** Ends a sentence with a full stop when it has none. */
function sentence(text: string): string {
  const t = text.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

/** True for a message that only makes sense after the field's name ("must be …", "is required"). */
function isFragment(message: string): boolean {
  return /^[a-z]/.test(message.trim());
}

/**
 * The message to show beside its own field: a whole sentence as it is ("Get-ready is at most 60
 * seconds."), a fragment after the field's name ("Distance must be …").
 */
export function besideField(issue: IpcIssue): string {
  if (!isFragment(issue.message)) return sentence(issue.message);
  return sentence(`${fieldName(issue.path) ?? 'This value'} ${issue.message.trim()}`);
}

/** The message away from its field, so it says which one: "Get-ready countdown: Get-ready is …", "Distance must be …". */
export function withFieldName(issue: IpcIssue): string {
  const name = fieldName(issue.path);
  if (isFragment(issue.message) || name === null) return besideField(issue);
  return `${name}: ${sentence(issue.message)}`;
}

/** All the issues as plain sentences (the first few; the rest counted), for one line on the screen. */
export function issuesSentence(issues: readonly IpcIssue[], limit = 3): string {
  const shown = issues.slice(0, limit).map(withFieldName);
  const more = issues.length - shown.length;
  if (more > 0) shown.push(more === 1 ? 'One more value was not accepted.' : `${more} more values were not accepted.`);
  return shown.join(' ');
}
