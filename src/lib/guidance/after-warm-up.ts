/**
 * What the screen after the warm-up says once the runner has rated their back: off you go, with a
 * short "before you head out" list, or, at 7 or more, plainly that a run today is not advised.
 */
import { SEVERE_PAIN_MIN } from './thresholds';

/** Two things from the source article to check at the door; said here and not nagged about elsewhere. */
export const BEFORE_YOU_HEAD_OUT: readonly string[] = [
  'You have eaten and had enough to drink: setting out hungry or thirsty makes a run harder on your body.',
  'Your running shoes fit well and are not worn out. Not sure which suit your back? Ask your doctor or physio.',
];

export type AfterWarmUp =
  { kind: 'go'; headline: string; list: readonly string[] } | { kind: 'hold-back'; headline: string; reason: string };

/** The answer to "how does your back feel right now" (null: skipped) → what to say next. */
export function afterWarmUp(pain: number | null): AfterWarmUp {
  if (pain !== null && pain >= SEVERE_PAIN_MIN) {
    return {
      kind: 'hold-back',
      headline: 'A run today is not advised',
      reason: `You rated your back ${pain} out of 10. Pain that strong calls for a few days off running: rest, heat or cold and the wheel help it settle. Gentle stretches are fine if they feel good.`,
    };
  }
  return { kind: 'go', headline: 'Have a good run!', list: BEFORE_YOU_HEAD_OUT };
}
