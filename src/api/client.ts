// The one way the portal talks to Octopus: base URL, space-scoped paths, who is asking (credentials.ts), JSON, and
// every failure turned into an ApiError. Responses are parsed with the zod schemas (CONVENTIONS 4), so a
// server that answers something else fails loudly here instead of deep inside a page.
import { safeParse } from 'zod/mini';
import type { $ZodType, output } from 'zod/v4/core';
import { config } from '../config';
import { authHeaders, credentials } from './credentials';
import { ApiError, errorFromResponse } from './errors';

export type QueryValue = string | number | boolean | null | undefined | ReadonlyArray<string | number>;

export interface RequestOptions<S extends $ZodType | undefined> {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  schema?: S;
  signal?: AbortSignal;
}

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

export async function request<S extends $ZodType | undefined = undefined>(
  path: string,
  options: RequestOptions<S> = {},
): Promise<S extends $ZodType ? output<S> : unknown> {
  const { method = 'GET', query, body, schema, signal } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  Object.assign(headers, authHeaders(method));
  const url = apiUrl(path, query);

  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      credentials: 'same-origin',
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError('network', 0, `Could not reach the Octopus server (${method} ${url}). Check your connection and try again.`);
  }
  if (response.status === 401) credentials.refused();
  if (!response.ok) {
    const error = await errorFromResponse(response);
    error.method = method;
    throw error;
  }

  const text = await response.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    // An HTML page, say: whatever answered is not speaking Octopus's API.
    throw new ApiError('invalid-response', response.status, `The server's answer to ${method} ${path} was not JSON: this address may not be an Octopus Server.`);
  }
  if (!schema) return data as never;
  const parsed = safeParse(schema, data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join('.') || 'response'}: ${first.message}` : 'unexpected shape';
    throw new ApiError('invalid-response', response.status, `The server's answer to ${method} ${path} was not understood (${where}).`);
  }
  return parsed.data as never;
}
