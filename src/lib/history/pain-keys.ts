/** Typing a pain score: a digit chooses it, and "1" then "0" within a moment is 10. */

/** How soon after "1" a "0" still makes 10 (ms): our own choice, quick enough for one gesture. */
export const TEN_WINDOW_MS = 800;

export interface DigitMemory {
  digit: string;
  at: number;
}

/** The score a key press chooses (null: not a digit), and what to remember for the next press. */
export function scoreFromKey(key: string, last: DigitMemory | null, now: number): { score: number | null; last: DigitMemory | null } {
  if (!/^[0-9]$/.test(key)) return { score: null, last };
  const ten = key === '0' && last?.digit === '1' && now - last.at < TEN_WINDOW_MS;
  return { score: ten ? 10 : Number(key), last: { digit: key, at: now } };
}
