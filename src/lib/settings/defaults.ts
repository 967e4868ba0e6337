import type { Settings } from './types';

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  distanceUnit: 'km',
  weekStartDay: 1,
  backPainType: null,
  getReadySec: 5,
  switchSidesSec: 5,
  cues: { tones: true, toneVolume: 0.7, voice: true, voiceVolume: 1, countIn: true, halfway: true },
  doorRoutineIds: { before: 'builtin-before', after: 'builtin-after' },
  playerFocus: false,
};
