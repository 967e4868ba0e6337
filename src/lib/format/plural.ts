/** "1 session", "2 sessions": a count with its noun, for every screen and store that says how many. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
