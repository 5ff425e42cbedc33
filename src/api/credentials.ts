// Who the portal speaks for, held by the browser tab and never by the build: an API key a person typed
// (memory only, or this tab's sessionStorage when they ask it to be remembered), or Octopus's own browser
// session (its cookies, set by POST /api/users/login). Nothing here is written to localStorage, a URL or a
// log line. A 401 from the server flips `signInNeeded`, which the shell answers with the sign-in dialog.
// No React here: the start-up's early requests (app/early-requests.ts) send the same headers before React loads.
export type Credentials = { kind: 'none' } | { kind: 'api-key'; key: string } | { kind: 'session' };

/** sessionStorage entry for "remember for this tab": gone when the tab closes, never shared with another. */
export const REMEMBERED_KEY = 'octopus-portal.api-key';

export interface State {
  credentials: Credentials;
  /** The server refused the request for want of a sign-in (401). */
  signInNeeded: boolean;
}

/** What a new page starts with: the key this tab remembers, or Octopus's session if its cookie is here. */
function remembered(): Credentials {
  let key: string | null | undefined;
  try {
    key = globalThis.sessionStorage?.getItem(REMEMBERED_KEY);
  } catch {
    key = undefined;
  }
  if (key) return { kind: 'api-key', key };
  return csrfToken() ? { kind: 'session' } : { kind: 'none' };
}

let state: State = { credentials: remembered(), signInNeeded: false };
const listeners = new Set<() => void>();

function set(next: Partial<State>) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export const credentials = {
  get: (): Credentials => state.credentials,
  signInNeeded: (): boolean => state.signInNeeded,
  /** The whole state, a new object on every change (useCredentials reads it). */
  snapshot: (): State => state,
  useApiKey(key: string, rememberForTab: boolean) {
    try {
      if (rememberForTab) sessionStorage.setItem(REMEMBERED_KEY, key);
      else sessionStorage.removeItem(REMEMBERED_KEY);
    } catch {
      // Storage refused (private mode): the key still lives in memory for this page.
    }
    set({ credentials: { kind: 'api-key', key }, signInNeeded: false });
  },
  /** A key being checked: sent from now on, but the sign-in stays open until the server accepts it. */
  trial(key: string) {
    set({ credentials: { kind: 'api-key', key } });
  },
  useSession() {
    forgetRemembered();
    set({ credentials: { kind: 'session' }, signInNeeded: false });
  },
  /** Forgets the key (and the tab's copy); a session's cookies are ended by POST /api/users/logout. */
  forget() {
    forgetRemembered();
    set({ credentials: { kind: 'none' }, signInNeeded: true });
  },
  /** The server answered 401. */
  refused() {
    if (!state.signInNeeded) set({ signInNeeded: true });
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Tests only: back to a fresh tab. */
  reset() {
    state = { credentials: remembered(), signInNeeded: false };
  },
};

function forgetRemembered() {
  try {
    sessionStorage.removeItem(REMEMBERED_KEY);
  } catch {
    // Nothing to forget.
  }
}

/** Octopus's anti-forgery cookie: `Octopus-Csrf-Token`, suffixed with the installation id on real servers. */
export function csrfToken(cookie: string = globalThis.document?.cookie ?? ''): string | undefined {
  for (const part of cookie.split(';')) {
    const [name = '', ...rest] = part.trim().split('=');
    if (name.startsWith('Octopus-Csrf-Token')) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** The headers that say who is asking: the API key, or for a session's POST/PUT/DELETE its CSRF token. */
export function authHeaders(method: string, current: Credentials = state.credentials): Record<string, string> {
  if (current.kind === 'api-key') return { 'X-Octopus-ApiKey': current.key };
  if (method === 'GET' || method === 'HEAD') return {};
  const token = csrfToken();
  return token ? { 'X-Octopus-Csrf-Token': token } : {};
}
