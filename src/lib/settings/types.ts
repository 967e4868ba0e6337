/** Runner settings (persisted by main). */
import type { ReminderPlan } from '../reminders/types';

export type DistanceUnit = 'km' | 'mi';
/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export type WeekStartDay = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export type BackPainType = 'mechanical' | 'structural' | 'unknown';
export type ThemeChoice = 'system' | 'light' | 'dark';

export interface CueSettings {
  tones: boolean;
  toneVolume: number; // 0..1
  voice: boolean;
  voiceVolume: number; // 0..1
  /** Say "3, 2, 1" before each change. */
  countIn: boolean;
  /** Say "Halfway" in long holds. */
  halfway: boolean;
}

export interface Settings {
  theme: ThemeChoice;
  distanceUnit: DistanceUnit;
  weekStartDay: WeekStartDay;
  /** null until the first-run setup has been answered. */
  backPainType: BackPainType | null;
  getReadySec: number;
  switchSidesSec: number;
  cues: CueSettings;
  /** Which routine each Home door starts. */
  doorRoutineIds: { before: string; after: string };
  /** The player opens full screen (focus mode) when the runner left it that way. */
  playerFocus: boolean;
  /** The weekly run plan the reminders follow (off until the runner opts in). */
  reminders: ReminderPlan;
  /** Start at login, minimised, so reminders come without opening the app (off by default). */
  openAtLogin: boolean;
}
