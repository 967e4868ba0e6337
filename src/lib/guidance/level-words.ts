import type { FindingLevel } from './types';

/** A finding's level in words: on screen and in the doctor summary, never said by colour alone. */
export const LEVEL_WORDS: Readonly<Record<FindingLevel, string>> = {
  info: 'Info',
  caution: 'Caution',
  'see-doctor': 'See a doctor',
  emergency: 'Emergency',
};
