/** Each setting's path as main names it, in the words the Settings screen uses for its field. */
export const SETTING_WORDS: Readonly<Record<string, string>> = {
  theme: 'Theme',
  distanceUnit: 'Distance unit',
  weekStartDay: 'Week starts on',
  backPainType: 'Your back pain',
  getReadySec: 'Get-ready countdown',
  switchSidesSec: 'Pause to switch sides',
  'cues.tones': 'Tones',
  'cues.toneVolume': 'Tone volume',
  'cues.voice': 'Spoken cues',
  'cues.voiceVolume': 'Voice volume',
  'doorRoutineIds.before': '“Before the run” button',
  'doorRoutineIds.after': '“After the run” button',
};

export type SecondsRead = { ok: true; value: number } | { ok: false; message: string };

/** A number of seconds as typed into a settings field; empty or fractional is refused here, the range by main. */
export function readSeconds(text: string): SecondsRead {
  const t = text.trim();
  if (t === '') return { ok: false, message: 'Type a number of seconds.' };
  if (!/^-?\d+$/.test(t)) return { ok: false, message: 'Whole seconds, please.' };
  return { ok: true, value: Number(t) };
}
