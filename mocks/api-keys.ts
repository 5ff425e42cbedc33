// Who a request speaks for, as Octopus decides it: an API key (X-Octopus-ApiKey or `apikey`), or the
// browser session that POST /api/users/login starts (an HttpOnly identification cookie, plus an anti-forgery
// cookie whose value every cookie-authenticated POST/PUT/DELETE must repeat in X-Octopus-Csrf-Token).
// Over HTTP (`npm run mock-server`) a request with neither gets Octopus's 401, except the few Octopus
// answers anonymously. In the browser demo and in tests nobody has to sign in: the scenario's user is
// signed in already, so the demo opens straight on its pages.
import type { OctopusErrorBody } from '../src/api/schemas';

/** The one API key the fake knows; it belongs to whichever user the scenario signs in. */
export const FAKE_API_KEY = 'API-FAKEOCTOPUS0000000000000000';
/** Every scenario's user signs in with this password (demo credentials only; listed in the README). */
export const DEMO_PASSWORD = 'Octopus-Demo-1';

/** Octopus suffixes both cookie names with the installation id; the portal matches them by prefix. */
export const SESSION_COOKIE = 'OctopusIdentificationToken_OctopusDeploy-fake';
export const CSRF_COOKIE = 'Octopus-Csrf-Token_OctopusDeploy-fake';

// Wording UNVERIFIED: Octopus answers 401 with an error body whose exact text we could not confirm.
export const UNAUTHORIZED: OctopusErrorBody = {
  ErrorMessage: 'You must be logged in to perform this action. Please provide a valid API key or log in again.',
  Errors: [],
};
// Wording from Octopus's docs (docs/reference/csrf-and-octopus-deploy.md); the status (403) is UNVERIFIED.
export const ANTI_FORGERY: OctopusErrorBody = {
  ErrorMessage: 'A required anti-forgery token was not supplied or was invalid.',
  Errors: ['A required anti-forgery token was not supplied or was invalid.'],
};

let signInRequired = false;
/** On for the standalone HTTP server: a request must present a key or a session. */
export function requireSignIn(on: boolean): void {
  signInRequired = on;
}

const sessions = new Map<string, { csrf: string }>();
const token = () => `${crypto.randomUUID()}${crypto.randomUUID()}`.replace(/-/g, '');

/** How many browser sessions the server holds (a sign-in by password starts one). */
export function sessionCount(): number {
  return sessions.size;
}

/** Starts a session: the Set-Cookie values for the identification and anti-forgery cookies. */
export function startSession(): string[] {
  const id = token();
  const csrf = token();
  sessions.set(id, { csrf });
  return [`${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax`, `${CSRF_COOKIE}=${csrf}; Path=/; SameSite=Lax`];
}

/** Ends the session the request carries; the Set-Cookie values that expire both cookies. */
export function endSession(request: Request): string[] {
  const id = cookie(request, SESSION_COOKIE);
  if (id) sessions.delete(id);
  const gone = 'Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; SameSite=Lax';
  return [`${SESSION_COOKIE}=; ${gone}; HttpOnly`, `${CSRF_COOKIE}=; ${gone}`];
}

function cookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [key = '', ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** X-Octopus-ApiKey, or the `apikey` query parameter (swagger's APIKeyQuery), whichever is present. */
function presentedKey(request: Request, url: URL): string | undefined {
  const header = request.headers.get('x-octopus-apikey');
  if (header !== null) return header;
  for (const [name, value] of url.searchParams) if (name.toLowerCase() === 'apikey') return value;
  return undefined;
}

/** What Octopus serves before anyone signs in: the root document, how to sign in, and signing in. */
const ANONYMOUS = /^\/api\/?$|^\/api\/authentication\/?$|^\/api\/users\/login\/?$|^\/api\/__mock\//i;

export type AuthOutcome = { ok: true } | { ok: false; status: 401 | 403; body: OctopusErrorBody };

/**
 * Whether the request may go on. A presented key must be the fake's (a bad key first fails on the call
 * after `/api`, as Octopus.Client sees it); a session cookie must be live, and with it a POST, PUT or
 * DELETE must carry the session's anti-forgery token.
 */
export function authenticate(request: Request, url: URL): AuthOutcome {
  if (ANONYMOUS.test(url.pathname)) return { ok: true };
  const key = presentedKey(request, url);
  if (key !== undefined) return key.trim() === FAKE_API_KEY ? { ok: true } : { ok: false, status: 401, body: UNAUTHORIZED };
  const id = cookie(request, SESSION_COOKIE);
  const session = id ? sessions.get(id) : undefined;
  if (session) {
    if (request.method === 'GET' || request.method === 'HEAD') return { ok: true };
    const sent = request.headers.get('x-octopus-csrf-token');
    return sent === session.csrf ? { ok: true } : { ok: false, status: 403, body: ANTI_FORGERY };
  }
  return signInRequired ? { ok: false, status: 401, body: UNAUTHORIZED } : { ok: true };
}
