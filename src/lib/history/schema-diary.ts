/**
 * The fuller diary's check-in fields (history format 3): treatments with the painkiller's note,
 * pain per spot, and a run's heart rate and climb. Field rules here; schema.ts puts them in the check-in.
 */
import * as z from 'zod';
import { MAX_CLIMB_M, MAX_HEART_RATE, MAX_PAINKILLER_NOTE, MIN_HEART_RATE } from './limits';
import { distinctList, record, say } from './schema-parts';
import { cleanText } from './text';
import { PAIN_SPOTS, TREATMENTS, type PainSpot, type Treatment } from './types';

export const treatmentsSchema = distinctList(TREATMENTS, 'treatment');

const noteMessage = `must be text of at most ${MAX_PAINKILLER_NOTE} characters`;
/** The painkiller's name and dose, cleaned like all free text; `trim` for what the form sends. */
export function painkillerNoteSchema(trim: boolean) {
  const text = z.string(say(noteMessage)).overwrite(cleanText);
  return (trim ? text.trim() : text).max(MAX_PAINKILLER_NOTE, say(noteMessage));
}

const spotMessage = 'must be a whole number from 0 to 10';
const spotScore = z.int(say(spotMessage)).min(0, say(spotMessage)).max(10, say(spotMessage)).optional();
const spotShape = Object.fromEntries(PAIN_SPOTS.map((spot) => [spot, spotScore])) as Record<PainSpot, typeof spotScore>;
/** A strict table: an unknown spot (or "__proto__", which zod's records would drop silently) is refused by name. */
export const spotPainSchema = record(spotShape, 'must be a table of pain scores by spot');

const heartMessage = `must be a whole number of beats a minute from ${MIN_HEART_RATE} to ${MAX_HEART_RATE}`;
export const avgHeartRateSchema = z
  .int(say(heartMessage))
  .min(MIN_HEART_RATE, say(heartMessage))
  .max(MAX_HEART_RATE, say(heartMessage))
  .nullable();

const climbMessage = `must be a whole number of metres from 0 to ${MAX_CLIMB_M}`;
export const climbMSchema = z.int(say(climbMessage)).min(0, say(climbMessage)).max(MAX_CLIMB_M, say(climbMessage)).nullable();

type Issue = { code: 'custom'; path: string[]; message: string };

/** The painkiller's note belongs to a day a painkiller was ticked: otherwise it is refused, never dropped quietly. */
export function painkillerRule(
  value: { treatments: readonly Treatment[]; painkillerNote: string },
  addIssue: (issue: Issue) => void,
): void {
  if (value.painkillerNote !== '' && !value.treatments.includes('painkiller')) {
    addIssue({ code: 'custom', path: ['painkillerNote'], message: 'is only for a day with Painkiller ticked' });
  }
}
