/** Small helpers shared by the rules: the last item, and numbers and lists in words. */

export function last<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}


export function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}


export function joinWords(words: string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
