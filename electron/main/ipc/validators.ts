/** The argument schema of every channel. `satisfies` ties each schema to the contract's type. */
import { z } from 'zod';
import { MAX_DROPPED_FILES, type ArgOf, type Channel } from '../../../src/lib/ipc/contract';
import {
  checkInInputSchema,
  dayTypeSchema,
  idSchema,
  localDateSchema,
  painSchema,
  routineRunSchema,
  sessionSchema,
} from '../../../src/lib/history/schema';
import { OWN_ID_PATTERN, ownMovementInputSchema } from '../../../src/lib/routines/own-movements';
import { MAX_PAGE_WEEKS } from '../../../src/lib/history/page';
import { PAIN_BANDS } from '../../../src/lib/history/stats';
import { TREATMENTS } from '../../../src/lib/history/types';
import { routineInputSchema } from '../../../src/lib/routines/validation';
import { settingsPatchSchema, weekday } from '../../../src/lib/settings/schema';
import { routineInProgressSchema } from '../../../src/lib/timer/in-progress';
import { BACKUP_ID } from '../store/backups';

const noArgument = z.undefined({ error: 'This call takes no argument.' });
const ownMovementId = z.strictObject({ id: z.string().regex(OWN_ID_PATTERN, 'must name one of your own movements') });

export const argumentSchemas = {
  'app:info': noArgument,
  'app:store-issues': noArgument,
  'settings:get': noArgument,
  'settings:update': settingsPatchSchema,
  'settings:learned-run-length': z.strictObject({ today: localDateSchema }),
  'routines:list': noArgument,
  'routines:save': routineInputSchema,
  'routines:duplicate': z.strictObject({ id: idSchema }),
  'routines:delete': z.strictObject({ id: idSchema }),
  'routines:undo-delete': z.strictObject({ id: idSchema }),
  'routines:restore-built-ins': noArgument,
  'routines:export': z.strictObject({
    ids: z.union([z.literal('all'), z.array(idSchema).min(1, 'must name at least one routine').max(500)]),
  }),
  'routines:import-preview': noArgument,
  'routines:import-confirm': z.strictObject({ token: idSchema }),
  'movements:list': noArgument,
  'movements:save': ownMovementInputSchema,
  'movements:duplicate': ownMovementId,
  'movements:delete': ownMovementId,
  'movements:attach-picture': ownMovementId,
  'movements:remove-picture': ownMovementId,
  'sessions:list': noArgument,
  'sessions:get': z.strictObject({ id: idSchema }),
  'sessions:record-routine': routineRunSchema,
  'sessions:save-check-in': z.strictObject({
    sessionId: idSchema.nullable(),
    checkIn: checkInInputSchema,
    localDate: localDateSchema.optional(),
  }),
  'sessions:delete': z.strictObject({ id: idSchema }),
  'sessions:restore': sessionSchema,
  'sessions:get-pending-check-in': noArgument,
  'sessions:discard-pending-check-in': noArgument,
  'sessions:import-runs': noArgument,
  'sessions:import-dropped-runs': z.strictObject({
    files: z
      .array(z.strictObject({ name: z.string().max(1000), path: z.string().max(4096) }))
      .min(1, 'must name at least one file')
      .max(MAX_DROPPED_FILES, `must be at most ${MAX_DROPPED_FILES} files at a time`),
  }),
  'sessions:answer-run-import': z.strictObject({
    token: idSchema,
    choices: z.array(idSchema.nullable()).min(1, 'must answer at least one run').max(10_000),
  }),
  'player:get-in-progress': noArgument,
  'player:save-in-progress': routineInProgressSchema,
  'player:clear-in-progress': noArgument,
  'player:set-pain-before': z.strictObject({ pain: painSchema }),
  'player:get-pain-before': noArgument,
  'player:last-pain-before': noArgument,
  'player:keep-awake': z.strictObject({ active: z.boolean() }),
  'player:compact': z.strictObject({ on: z.boolean() }),
  'history:page': z.strictObject({
    filter: z.strictObject({
      routineId: idSchema.optional(),
      dayType: dayTypeSchema.optional(),
      painBand: z.enum(PAIN_BANDS).optional(),
      treatment: z.enum(TREATMENTS).optional(),
    }),
    weekStartDay: weekday('The week starts on a day from 0 (Sunday) to 6 (Saturday).'),
    weeks: z
      .int(`Weeks must be a whole number from 1 to ${MAX_PAGE_WEEKS}.`)
      .min(1, `Weeks must be from 1 to ${MAX_PAGE_WEEKS}.`)
      .max(MAX_PAGE_WEEKS, `Weeks must be from 1 to ${MAX_PAGE_WEEKS}.`),
    skipWeeks: z
      .int(`Weeks left out must be a whole number from 0 to ${MAX_PAGE_WEEKS}.`)
      .min(0, `Weeks left out must be from 0 to ${MAX_PAGE_WEEKS}.`)
      .max(MAX_PAGE_WEEKS, `Weeks left out must be from 0 to ${MAX_PAGE_WEEKS}.`)
      .optional(),
  }),
  'history:charts': z.strictObject({
    today: localDateSchema,
    weekStartDay: weekday('The week starts on a day from 0 (Sunday) to 6 (Saturday).'),
    unit: z.enum(['km', 'mi']),
  }),
  'history:export': z.strictObject({ format: z.enum(['csv', 'json']) }),
  'history:import-preview': noArgument,
  'history:import-confirm': z.strictObject({ token: idSchema }),
  'history:save-doctor-summary': noArgument,
  'history:list-backups': noArgument,
  'history:restore-backup': z.strictObject({ id: z.string().regex(BACKUP_ID, 'must name a backup from the list') }),
  'guidance:today': z.strictObject({ today: localDateSchema }),
  'guidance:get-dismissals': noArgument,
  'guidance:dismiss': z.strictObject({ findingId: z.string().min(1).max(200), until: localDateSchema }),
  'guidance:get-seen-doctor': noArgument,
  'guidance:seen-doctor': noArgument,
  'app:notify': z.strictObject({ title: z.string().min(1).max(120), body: z.string().max(400) }),
} satisfies { [C in Channel]: z.core.$ZodType<ArgOf<C>> };
