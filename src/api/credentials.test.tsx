// Who the portal speaks for: an API key typed by a person (memory, or this tab only when asked), or
// Octopus's browser session with its CSRF token. Fetch is replaced (not MSW): these are the client's headers.
import { request } from './client';
import { credentials, csrfToken, REMEMBERED_KEY } from './credentials';

function respond(status: number, body?: unknown) {
  const text = body === undefined ? '' : JSON.stringify(body);
  return vi.fn(async (_url: string, _init?: RequestInit) => new Response(text, { status }));
}

describe('authentication', () => {
  const KEY = 'API-TESTKEY0000000000000000000';
  const headersOf = (fetchMock: ReturnType<typeof respond>) =>
    fetchMock.mock.calls.map((call) => call[1]?.headers as Record<string, string>);
  afterEach(() => {
    credentials.forget();
    credentials.reset();
    document.cookie = 'Octopus-Csrf-Token_OctopusDeploy-1=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('sends X-Octopus-ApiKey only once a person has given a key, and never in the URL', async () => {
    const fetchMock = respond(200, {});
    vi.stubGlobal('fetch', fetchMock);
    await request('/users/me');
    credentials.useApiKey(KEY, false);
    await request('/users/me', { query: { skip: 0 } });
    const [first, second] = headersOf(fetchMock);
    expect(first).not.toHaveProperty('X-Octopus-ApiKey');
    expect(second).toHaveProperty('X-Octopus-ApiKey', KEY);
    for (const call of fetchMock.mock.calls) expect(String(call[0])).not.toContain('API-');
  });

  it('a key is kept in memory, or in this tab\'s sessionStorage only when asked; never in localStorage', () => {
    credentials.useApiKey(KEY, false);
    expect(sessionStorage.getItem(REMEMBERED_KEY)).toBeNull();
    credentials.useApiKey(KEY, true);
    expect(sessionStorage.getItem(REMEMBERED_KEY)).toBe(KEY);
    expect(JSON.stringify({ ...localStorage })).not.toContain(KEY);
    credentials.forget();
    expect(sessionStorage.getItem(REMEMBERED_KEY)).toBeNull();
    expect(credentials.get()).toEqual({ kind: 'none' });
  });

  it("a session sends the CSRF cookie's token on POST, PUT and DELETE, not on GET", async () => {
    document.cookie = 'Octopus-Csrf-Token_OctopusDeploy-1=abc123; path=/';
    credentials.useSession();
    const fetchMock = respond(200, {});
    vi.stubGlobal('fetch', fetchMock);
    await request('/users/me');
    await request('/Spaces-1/workerpools', { method: 'POST', body: {} });
    const [get, post] = headersOf(fetchMock);
    expect(get).not.toHaveProperty('X-Octopus-Csrf-Token');
    expect(post).toHaveProperty('X-Octopus-Csrf-Token', 'abc123');
    expect(csrfToken('a=1; Octopus-Csrf-Token=x%3Dy')).toBe('x=y');
    expect(csrfToken('a=1')).toBeUndefined();
  });

  it('a 401 asks for a sign-in; the error names no key', async () => {
    credentials.useApiKey(KEY, false);
    vi.stubGlobal('fetch', respond(401, { ErrorMessage: 'You must be logged in to perform this action.', Errors: [] }));
    const error = await request('/users/me').catch((e: unknown) => e as Error);
    expect(credentials.signInNeeded()).toBe(true);
    expect(String(error)).not.toContain(KEY);
    expect(JSON.stringify(error)).not.toContain(KEY);
  });
});

