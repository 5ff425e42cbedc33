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

/**
 * `10,000`: a count with its thousands separated, as `toLocaleString('en')` writes it. Written out because a
 * page's first Intl call loads the browser's ICU data: ~30–40 ms of main thread here, on the Workers page's
 * first render, for a comma. Anything but a whole number goes to Intl.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en');
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** `14:05:09`: a time of day on the 24-hour clock, local time, as `toLocaleTimeString('en-GB')` writes it. */
export function clockTime(date: Date): string {
  return [date.getHours(), date.getMinutes(), date.getSeconds()].map((part) => String(part).padStart(2, '0')).join(':');
}
