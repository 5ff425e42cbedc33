// Answers asked for before the app could ask: the start-up (app/early-requests.ts) sends the GETs the first
// page will need while React, MUI and the page's code are still downloading and starting, and the client's
// first identical request takes the answer instead of asking again. Only an answer to the same URL, sent
// with the same credentials, within the first seconds, is handed over, and each only once.
import { authHeaders } from './credentials';

interface Early {
  response: Promise<Response>;
  /** The headers it was sent with: a sign-in since then makes it someone else's answer. */
  sentWith: string;
  at: number;
}

/** After this, an unclaimed answer is too old to show: the page asks afresh. */
export const EARLY_WINDOW_MS = 10_000;

const early = new Map<string, Early>();
/** URLs the client has asked for itself, or taken, while early requests were going out: asking them again would ask twice. */
const askedByClient = new Set<string>();
/** Until when start-up may still ask early (and the client's own requests are remembered for it). */
let windowEndsAt = 0;

const now = () => globalThis.performance?.now() ?? Date.now();

function headersForGet(): Record<string, string> {
  return { Accept: 'application/json', ...authHeaders('GET') };
}

/**
 * Sends GET `url` now, unless it is already on its way or the client has asked for it itself. With `read`,
 * resolves to the answer's JSON when the server answers 2xx (else undefined), read from a copy so the
 * answer itself waits, unread, for the client; without, nothing is read here (a large answer is parsed once).
 */
export function requestEarly(url: string, read: true): Promise<unknown>;
export function requestEarly(url: string): void;
export function requestEarly(url: string, read?: true): Promise<unknown> | void {
  if (early.has(url) || askedByClient.has(url)) return read && Promise.resolve(undefined);
  if (!windowEndsAt) windowEndsAt = now() + EARLY_WINDOW_MS;
  const headers = headersForGet();
  const response = fetch(url, { headers, credentials: 'same-origin' });
  early.set(url, { response, sentWith: JSON.stringify(headers), at: now() });
  // Copied in the first callback on the answer, so before the client (a later callback) reads its body.
  if (read) return response.then((r) => (r.ok ? r.clone().json() : undefined)).catch(() => undefined);
  // A failed early request is the client's to report: it asks again (client.ts).
  response.catch(() => undefined);
}

/** The start-up's user → permissions → rows chain while it is still deciding what to ask, and what it may ask. */
let chain: { settled: Promise<unknown>; mayAsk: (url: string) => boolean } | undefined;
/** How long the client waits for that chain at most (it needs two round trips). */
export const CHAIN_WAIT_MS = 3_000;

/** Start-up's chain of requests: until it settles, the client waits for it before asking for a URL it may ask. */
export function followStartupChain(pending: Promise<unknown>, mayAsk: (url: string) => boolean) {
  const settled: Promise<unknown> = pending.then(
    () => undefined,
    () => undefined,
  );
  const current = { settled, mayAsk };
  chain = current;
  void settled.then(() => {
    if (chain === current) chain = undefined;
  });
}

/**
 * The early answer to GET `url`, once, waiting first for the start-up's chain while it may still ask for it.
 * Without the wait the page's own first queries raced the chain for the rows: when the page won, its request
 * hung off the app's code (React, the client) instead of the permissions' answer, which on a slow connection
 * (Lighthouse's simulated one) is the ~175 kB React chunk's download, ~0.2 s later than the answer.
 */
export async function earlyAnswer(url: string, headers: Record<string, string>): Promise<{ response: Promise<Response> } | undefined> {
  if (!early.has(url) && chain?.mayAsk(url) && now() < windowEndsAt) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([chain.settled, new Promise((resolve) => (timer = setTimeout(resolve, CHAIN_WAIT_MS)))]);
    clearTimeout(timer);
  }
  const response = takeEarly(url, headers);
  return response && { response };
}

/** The early answer to GET `url` sent with `headers`, once; undefined when there is none to use. */
export function takeEarly(url: string, headers: Record<string, string>): Promise<Response> | undefined {
  const entry = early.get(url);
  if (!entry) {
    // Remembered only while start-up is asking: afterwards nothing consults it, and it would only grow.
    if (now() < windowEndsAt) askedByClient.add(url);
    return undefined;
  }
  early.delete(url);
  // Taken: start-up must not ask for it again (the counts' URL can be the plain summary's), or a later
  // refetch within the window would take that second, older answer.
  if (now() < windowEndsAt) askedByClient.add(url);
  if (entry.sentWith !== JSON.stringify(headers) || now() - entry.at > EARLY_WINDOW_MS) return undefined;
  return entry.response;
}

/** URLs asked early and not (yet) taken: tests use it to prove each early request is one the page makes. */
export function unclaimedEarly(): string[] {
  return [...early.keys()];
}

/** Tests only. */
export function forgetEarly() {
  early.clear();
  chain = undefined;
  askedByClient.clear();
  windowEndsAt = 0;
}
