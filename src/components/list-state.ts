// CONVENTIONS 12: what a person would bookmark about a list (its filters and page) lives in the URL. Every list
// page describes its state as fields, and this one reader and writer turns search params into that state and
// back. The form is canonical: a value equal to its default is left out; params a page does not own (e.g.
// `scenario`) are kept; values a link may hold that the page does not know fall back to the default.

/** One piece of list state and the search param it lives in. */
export interface UrlField<T> {
  key: string;
  /** The value when the param is absent or not understood. */
  initial: T;
  parse(raw: string | null): T;
  format(value: T): string;
}

export type ListSchema = Record<string, UrlField<unknown>>;
export type ListState<S extends ListSchema> = { [K in keyof S]: S[K] extends UrlField<infer T> ? T : never };

const matchCase = <T extends string>(value: string, allowed: readonly T[]) =>
  allowed.find((a) => a.toLowerCase() === value.trim().toLowerCase());

function wholeNumber(raw: string | null): number | undefined {
  const n = Number(raw);
  return raw !== null && raw.trim() !== '' && Number.isInteger(n) && n >= 0 ? n : undefined;
}

export const fields = {
  /** Free text, trimmed (a name filter). */
  text: (key: string): UrlField<string> => ({ key, initial: '', parse: (raw) => (raw ?? '').trim(), format: (v) => v.trim() }),

  /** A comma-separated set; with `allowed`, unknown values are dropped and case is normalised. */
  list<T extends string = string>(key: string, allowed?: readonly T[]): UrlField<T[]> {
    return {
      key,
      initial: [],
      parse: (raw) => {
        const values = (raw ?? '').split(',').map((v) => v.trim()).filter(Boolean);
        const known = allowed ? values.map((v) => matchCase(v, allowed)).filter((v): v is T => v !== undefined) : (values as T[]);
        return [...new Set(known)];
      },
      format: (v) => v.join(','),
    };
  },

  /** One of `allowed`, or `initial`. */
  choice: <T extends string>(key: string, allowed: readonly T[], initial: T): UrlField<T> => ({
    key, initial, parse: (raw) => (raw === null ? initial : (matchCase(raw, allowed) ?? initial)), format: (v) => v,
  }),

  /** `true`, `false`, or undefined for "either". */
  boolean: (key: string): UrlField<boolean | undefined> => ({
    key, initial: undefined, parse: (raw) => (raw === 'true' ? true : raw === 'false' ? false : undefined), format: (v) => (v === undefined ? '' : String(v)),
  }),

  /** On when the param holds `onValue` (`group=pools`). */
  flag: (key: string, onValue: string): UrlField<boolean> => ({
    key, initial: false, parse: (raw) => raw === onValue, format: (v) => (v ? onValue : ''),
  }),

  /** 0-based in the state, 1-based in the URL for people reading it. */
  page: (key = 'page'): UrlField<number> => ({
    key, initial: 0, parse: (raw) => Math.max(0, (wholeNumber(raw) ?? 1) - 1), format: (v) => String(v + 1),
  }),

  /** Page size, one of the sizes offered. */
  pageSize: (sizes: readonly number[], initial: number, key = 'take'): UrlField<number> => ({
    key, initial, parse: (raw) => (sizes.includes(wholeNumber(raw) ?? -1) ? Number(raw) : initial), format: String,
  }),
};

export function readListState<S extends ListSchema>(schema: S, params: URLSearchParams): ListState<S> {
  const entries = Object.entries(schema).map(([name, field]) => [name, field.parse(params.get(field.key))]);
  return Object.fromEntries(entries) as ListState<S>;
}

/**
 * The next search params after `patch`. Any change but to the page itself goes back to the first page, so
 * a narrower filter never leaves the person past its end.
 */
export function writeListState<S extends ListSchema>(schema: S, current: URLSearchParams, patch: Partial<ListState<S>>): URLSearchParams {
  const pageReset = 'page' in schema && !('page' in patch) ? { page: schema.page!.initial } : {};
  const state: Record<string, unknown> = { ...readListState(schema, current), ...pageReset, ...patch };
  const next = new URLSearchParams(current);
  const all = Object.entries(schema) as Array<[string, UrlField<unknown>]>;
  all.forEach(([, field]) => next.delete(field.key));
  for (const [name, field] of all) {
    const text = field.format(state[name]);
    if (text !== '' && text !== field.format(field.initial)) next.set(field.key, text);
  }
  return next;
}

/** The server's paging window for a 0-based page. */
export const pageWindow = (page: number, take: number) => ({ skip: page * take, take });

/** The state of a list whose only filter is its name (Projects, Deployment Targets, Worker Pools). */
export const NAME_ONLY = { name: fields.text('name') } satisfies ListSchema;
