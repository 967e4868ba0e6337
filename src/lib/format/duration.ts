/** "m:ss" for seconds (minutes unbounded), rounded to the nearest second: 515 → "8:35". Anything not a positive number is "0:00". */
export function formatMinSec(sec: number): string {
  const s = Number.isFinite(sec) && sec > 0 ? Math.round(sec) : 0;
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
