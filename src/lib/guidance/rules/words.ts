/** Small helpers shared by the rules: the last item, and a count in words. */

export function last<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}

export function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}
