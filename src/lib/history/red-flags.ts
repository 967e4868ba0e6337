/**
 * Red flags: which are emergencies, how the check-in groups them, and the advice each kind gets.
 * One place, so the check-in, Home, History and the summary for a doctor all say the same thing.
 *
 * The list follows the usual low-back-pain red flags (NICE guideline NG59, 2016, and its CKS
 * summary "Back pain – low (without radiculopathy)"). The emergency ones are the signs of the
 * nerves at the base of the spine being squeezed (cauda equina syndrome): numbness in the saddle
 * area, new bladder or bowel trouble, and numbness or weakness in both legs. NICE NG59 says to
 * send anyone with these for emergency care, so the app never softens that wording.
 */
import { RED_FLAG_LABELS } from './labels';
import { RED_FLAGS, type RedFlag } from './types';

/** The red flags that mean "get urgent medical help now" (see the sources above). */
export const EMERGENCY_FLAGS: readonly RedFlag[] = ['saddle-numbness', 'bladder-bowel', 'both-legs'];

export function isEmergencyFlag(flag: RedFlag): boolean {
  return EMERGENCY_FLAGS.includes(flag);
}

/** True when any of the ticked flags is an emergency sign. */
export function hasEmergency(flags: readonly RedFlag[]): boolean {
  return flags.some(isEmergencyFlag);
}

export interface RedFlagGroup {
  title: string;
  flags: readonly RedFlag[];
}

/** The check-in's groups: short enough to answer in seconds, every flag in exactly one group. */
export const RED_FLAG_GROUPS: readonly RedFlagGroup[] = [
  { title: 'Nerves, bladder and bowel', flags: ['saddle-numbness', 'bladder-bowel', 'both-legs', 'leg-weakness'] },
  { title: 'The pain itself', flags: ['night-pain', 'constant-pain', 'after-fall'] },
  { title: 'Your health', flags: ['fever-weight-loss', 'cancer-history', 'steroids-immune'] },
];

/** The emergency advice, word for word the same on every screen and in the summary. */
export const EMERGENCY_HEADLINE = 'Get urgent medical help now';
export const EMERGENCY_ADVICE =
  'This can be an emergency: go to an emergency department or call emergency services now. Do not wait to see if it passes, and do not run.';

/** The advice for the other red flags. */
export const SEE_DOCTOR_HEADLINE = 'See a doctor soon';
export const SEE_DOCTOR_ADVICE = 'Please have this checked by a doctor as soon as you can, before you run again.';

/** Flags in the list's fixed order, each once. */
export function orderedFlags(flags: Iterable<RedFlag>): RedFlag[] {
  const set = new Set(flags);
  return RED_FLAGS.filter((f) => set.has(f));
}

/** "numbness in the groin or saddle area and new bladder or bowel trouble": the labels inside a sentence. */
export function redFlagWords(flags: Iterable<RedFlag>): string {
  const words = orderedFlags(flags).map((f) => {
    const label = RED_FLAG_LABELS[f];
    return label.charAt(0).toLowerCase() + label.slice(1);
  });
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export type RedFlagAlert = {
  kind: 'emergency' | 'see-doctor';
  headline: string;
  advice: string;
  /** For a narrow place such as a session row. */
  short: string;
};

/** What to say when these flags are ticked: the emergency advice if any is an emergency; null for none. */
export function redFlagAlert(flags: readonly RedFlag[]): RedFlagAlert | null {
  if (flags.length === 0) return null;
  return hasEmergency(flags)
    ? { kind: 'emergency', headline: EMERGENCY_HEADLINE, advice: EMERGENCY_ADVICE, short: 'Emergency: get help now' }
    : { kind: 'see-doctor', headline: SEE_DOCTOR_HEADLINE, advice: SEE_DOCTOR_ADVICE, short: 'See a doctor' };
}
