// Octopus's paged collection (octopus-api.md §2.1): skip/take, 0-based LastPageNumber, and the Page.* links
// clients follow (a script loops on Page.Next). take=2147483647 is how clients ask for everything.
import type { ResourceCollection } from '../src/api/schemas';
import type { Ctx } from './http';
import { COLLECTION } from './wire/resources';

export const TAKE_ALL = 2147483647;

export interface PageOptions<T, R> {
  /** Class name without "Resource": `Worker`, `WorkerPool`, … */
  itemType: string;
  /** REF26 default page size for this endpoint. */
  defaultTake: number;
  /** The `Template` link (RFC 6570). */
  template: string;
  present?: (item: T) => R;
}

export function paged<T, R = T>(ctx: Ctx, items: readonly T[], options: PageOptions<T, R>): ResourceCollection<R> {
  const skip = ctx.query.int('skip', 0);
  // take=0 is a count-only request (Items empty); it must not divide by zero below.
  const take = ctx.query.int('take', options.defaultTake);
  const total = items.length;
  // UNVERIFIED for an empty result: we answer one (empty) page, LastPageNumber 0, never -1.
  const pages = take === 0 ? 1 : Math.max(1, Math.ceil(total / take));
  const window = take === 0 ? [] : items.slice(skip, Math.min(total, skip + take));
  const link = (s: number, t: number) => {
    const params = new URLSearchParams(ctx.query.entriesExcept('skip', 'take'));
    params.set('skip', String(s));
    params.set('take', String(t));
    return `${ctx.url.pathname}?${params.toString()}`;
  };
  const links: Record<string, string> = {
    Self: link(skip, take),
    Template: options.template,
    'Page.All': link(0, TAKE_ALL),
    'Page.Current': link(skip, take),
    'Page.Last': link((pages - 1) * take, take),
  };
  if (take > 0 && skip + take < total) links['Page.Next'] = link(skip + take, take);
  if (skip > 0 && take > 0) links['Page.Previous'] = link(Math.max(0, skip - take), take);
  const present = options.present ?? ((item: T) => item as unknown as R);
  return {
    ...(COLLECTION as { Id: null }),
    ItemType: options.itemType,
    TotalResults: total,
    ItemsPerPage: take,
    NumberOfPages: pages,
    LastPageNumber: pages - 1,
    Items: window.map(present),
    Links: links,
  };
}
