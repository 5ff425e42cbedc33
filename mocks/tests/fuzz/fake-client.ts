// The fuzzer's way into the fake: the same handlers every host uses, called in-process through msw's
// getResponse (as mocks/http-server.ts does), with no network and no interceptor in between.
import { getResponse, HttpHandler, matchRequestUrl, type RequestHandler } from 'msw';
import { handlers } from '../../handlers';

// msw tries every handler in turn, which costs milliseconds a request; the fuzzer makes tens of thousands,
// so it hands getResponse only the handlers whose method and path match (same order, same answers).
const candidates = new Map<string, RequestHandler[]>();
function handlersFor(method: string, url: URL): RequestHandler[] {
  const key = `${method} ${url.pathname}`;
  let list = candidates.get(key);
  if (!list) {
    list = handlers.filter((h) => {
      if (!(h instanceof HttpHandler)) return true;
      const m = String(h.info.method).toUpperCase();
      return (m === 'ALL' || m === method) && typeof h.info.path !== 'function' && matchRequestUrl(url, h.info.path as string | RegExp).matches;
    });
    candidates.set(key, list);
  }
  return list;
}

export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies read by the model
  body: any;
}

export class ServerError extends Error {}

export async function call(method: string, path: string, body?: unknown): Promise<Answer> {
  const request = new Request(`http://fake.test${path}`, {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await getResponse(handlersFor(method, new URL(request.url)), request);
  if (!response) throw new ServerError(`${method} ${path}: no handler answered`);
  const text = await response.text();
  const answer = { status: response.status, body: text ? JSON.parse(text) : undefined };
  // Invariant: nothing ever answers 5xx, whatever it was sent.
  if (answer.status >= 500) throw new ServerError(`${method} ${path} answered ${answer.status}: ${text}`);
  return answer;
}
