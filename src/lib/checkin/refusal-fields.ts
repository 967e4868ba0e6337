/**
 * Which check-in fields can show a message beside them: a refused save goes beside a field only
 * when that field is on screen, else the runner would be told "marked above" with nothing marked.
 */
import type { DayType } from '../history/types';

/** The run fields, shown only for a run day. */
export type RunField = 'distance' | 'duration';
/** Every field the check-in can mark: pain now, the day (a stand-alone check-in's), and the run fields. */
export type FormField = 'painNow' | 'day' | RunField;

export function isRunField(field: FormField): field is RunField {
  return field === 'distance' || field === 'duration';
}

/**
 * The fields on screen, so the ones a refused value may be shown beside: pain now always; the day only
 * for a stand-alone check-in (a session's check-in keeps that session's day); distance and time only for a run.
 */
export function refusalFields(dayType: DayType, standAlone: boolean): FormField[] {
  return ['painNow', ...(standAlone ? (['day'] as const) : []), ...(dayType === 'run' ? (['distance', 'duration'] as const) : [])];
}
