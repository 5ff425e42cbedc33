// Where the API's answers live: the base URL, space-scoped paths and query strings. Plain functions with no
// React or zod, so the start-up's early requests (app/early-requests.ts) build exactly the URLs the client asks.
import { config } from '../config';

export type QueryValue = string | number | boolean | null | undefined | ReadonlyArray<string | number>;

/** Octopus's own clients send multi-value filters as one comma-joined value (octopus-api.md §1.1). */
export function toQueryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `${config.octopusUrl}/api${clean}${toQueryString(query)}`;
}

/**
 * A link from one of Octopus's `Links` as a path for `request`: what follows `/api` (so a server under a
 * virtual directory, `/octopus/api/…`, works too), with URI-template parts such as `{/id}{?skip,take}` dropped.
 */
export function linkPath(link: string): string {
  const plain = link.replace(/\{[^}]*\}/g, '');
  const at = plain.indexOf('/api/');
  return at >= 0 ? plain.slice(at + 4) : plain;
}

/** `/workers` in a space → `/Spaces-1/workers`. */
export function spacePath(spaceId: string, path: string): string {
  return `/${encodeURIComponent(spaceId)}${path.startsWith('/') ? path : `/${path}`}`;
}
