/** Validation of settings as they cross the IPC boundary and as they are read back from disk. */
import { z } from 'zod';
import type { ReminderPlan } from '../reminders/types';
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

const clockTime = (what: string) => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${what} is a time of day such as 07:00.`);
export const weekday = (error: string) =>
  z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)], { error });

export const reminderPlanSchema = z.strictObject({
  on: z.boolean(),
  days: z
    .array(weekday('A run day is from 0 (Sunday) to 6 (Saturday).'))
    .refine((days) => new Set(days).size === days.length, 'Each run day is listed once.'),
  time: clockTime('The run time'),
  leadMin: z
    .number()
    .int('Whole minutes, please.')
    .min(0, 'The warm-up reminder cannot come after the run time.')
    .max(120, 'The warm-up reminder is at most 120 minutes before.'),
  afterRun: z.boolean(),
  runLengthMin: z
    .number()
    .int('Whole minutes, please.')
    .min(5, 'A run is at least 5 minutes here.')
    .max(360, 'A run is at most 360 minutes here.')
    .nullable(),
  eveningCheckIn: z.boolean(),
  checkInTime: clockTime('The check-in time'),
}) satisfies z.ZodType<ReminderPlan>;

export const settingsSchema = z.strictObject({
  theme: z.enum(['system', 'light', 'dark']),
  distanceUnit: z.enum(['km', 'mi']),
  weekStartDay: weekday('The week starts on a day from 0 (Sunday) to 6 (Saturday).'),
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
  reminders: reminderPlanSchema,
  openAtLogin: z.boolean(),
}) satisfies z.ZodType<Settings>;

/** A partial update: any subset of top-level settings, each fully valid. */
export const settingsPatchSchema = settingsSchema.partial();
