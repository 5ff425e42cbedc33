// The one way the portal talks to Octopus: base URL, space-scoped paths, who is asking (credentials.ts), JSON, and
// every failure turned into an ApiError. Responses are parsed with the zod schemas (CONVENTIONS 4), so a
// server that answers something else fails loudly here instead of deep inside a page.
import { safeParse } from 'zod/mini';
import type { $ZodType, output } from 'zod/v4/core';
import { authHeaders, credentials } from './credentials';
import { earlyAnswer } from './early';
import { ApiError, errorFromResponse } from './errors';
import { apiUrl, type QueryValue } from './urls';

export { apiUrl, linkPath, spacePath, toQueryString, type QueryValue } from './urls';

export interface RequestOptions<S extends $ZodType | undefined> {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  schema?: S;
  signal?: AbortSignal;
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
    const send = () =>
      fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
        credentials: 'same-origin',
      });
    // An answer the start-up already asked for (early.ts); if that request failed, ask again now.
    const early = method === 'GET' ? await earlyAnswer(url, headers) : undefined;
    response = await (early ? early.response.catch(send) : send());
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
