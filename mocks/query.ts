// Query strings as Octopus reads them: names are case-insensitive (the 2019.7 root spells `workerpoolIds`,
// 2020.4 `workerPoolIds`), and a multi-value filter may come comma-joined (the portal's client) or as
// repeated keys (the Go client), so both are accepted and merged (octopus-api.md §1.1).
export class Query {
  private readonly values = new Map<string, string[]>();
  private readonly pairs: Array<[string, string]> = [];

  constructor(params: URLSearchParams) {
    for (const [key, value] of params) {
      this.pairs.push([key, value]);
      const name = key.toLowerCase();
      this.values.set(name, [...(this.values.get(name) ?? []), value]);
    }
  }

  has(name: string): boolean {
    return this.values.has(name.toLowerCase());
  }

  /** The first value, untouched (for `name`, `partialName`, `host`: commas are part of the value). */
  get(name: string): string | undefined {
    return this.values.get(name.toLowerCase())?.[0];
  }

  /** Every value, comma-split, trimmed, empties dropped. An absent or empty filter is no filter. */
  list(name: string): string[] {
    return (this.values.get(name.toLowerCase()) ?? [])
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
  }

  /** `true`/`false` in any case; anything else (or absence) is no filter. */
  bool(name: string): boolean | undefined {
    const v = this.get(name)?.trim().toLowerCase();
    return v === 'true' ? true : v === 'false' ? false : undefined;
  }

  /** A non-negative integer, or the fallback when absent or unreadable. */
  int(name: string, fallback: number): number {
    const raw = this.get(name);
    if (raw === undefined || raw.trim() === '') return fallback;
    const n = Number(raw);
    return Number.isInteger(n) && n >= 0 ? n : fallback;
  }

  /** The query as given (original spelling), minus some keys (for paging links that replace skip/take). */
  entriesExcept(...names: string[]): Array<[string, string]> {
    const skip = new Set(names.map((n) => n.toLowerCase()));
    return this.pairs.filter(([key]) => !skip.has(key.toLowerCase()));
  }
}
