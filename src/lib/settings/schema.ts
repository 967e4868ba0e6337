/** Validation of settings as they cross the IPC boundary and as they are read back from disk. */
import { z } from 'zod';
import type { Settings } from './types';

const volume = z.number().min(0, 'Volume is from 0 to 1.').max(1, 'Volume is from 0 to 1.');
const routineId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'A routine id is 1–64 letters, digits, - or _.');

export const cueSettingsSchema = z.strictObject({
  tones: z.boolean(),
  toneVolume: volume,
  voice: z.boolean(),
  voiceVolume: volume,
  // Added later: cue settings stored before these existed read as on.
  countIn: z.boolean().default(true),
  halfway: z.boolean().default(true),
});

export const settingsSchema = z.strictObject({
  theme: z.enum(['system', 'light', 'dark']),
  distanceUnit: z.enum(['km', 'mi']),
  weekStartDay: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)], {
    error: 'The week starts on a day from 0 (Sunday) to 6 (Saturday).',
  }),
  backPainType: z.enum(['mechanical', 'structural', 'unknown']).nullable(),
  getReadySec: z.number().int('Whole seconds, please.').min(0, 'Get-ready cannot be negative.').max(60, 'Get-ready is at most 60 seconds.'),
  switchSidesSec: z
    .number()
    .int('Whole seconds, please.')
    .min(0, 'Switching sides cannot be negative.')
    .max(30, 'Switching sides is at most 30 seconds.'),
  cues: cueSettingsSchema,
  doorRoutineIds: z.strictObject({ before: routineId, after: routineId }),
  playerFocus: z.boolean(),
}) satisfies z.ZodType<Settings>;

/** A partial update: any subset of top-level settings, each fully valid. */
export const settingsPatchSchema = settingsSchema.partial();
