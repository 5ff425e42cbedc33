// Small helpers for the sentences operators read (R14 verdicts): counts and lists in plain English.

/** `1 worker`, `3 workers`; `irregular` for words that don't just take an "s". */
export function plural(n: number, word: string, irregular?: string): string {
  return `${n} ${n === 1 ? word : (irregular ?? `${word}s`)}`;
}

/** `a`, `a and b`, `a, b and c` (or `or`). */
export function joinList(items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
