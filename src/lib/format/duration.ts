/** "m:ss" for seconds (minutes unbounded), rounded to the nearest second: 515 → "8:35". Anything not a positive number is "0:00". */
export function formatMinSec(sec: number): string {
  // Stryker disable next-line EqualityOperator: equivalent, 0 (or -0) with >= still rounds to 0 and prints 0:00
  const s = Number.isFinite(sec) && sec > 0 ? Math.round(sec) : 0;
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
