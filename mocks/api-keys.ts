// Who a request speaks for. The browser demo and the tests send no credentials and are answered as the
// scenario's user, as before. A request that does present an API key (Tentacle, scripts, the portal against
// `npm run mock-server`) must present the fake's key, or it gets Octopus's 401, so a mistyped key fails here
// the way it would against a real server.
import type { OctopusErrorBody } from '../src/api/schemas';

/** The one API key the fake knows; it belongs to whichever user the scenario signs in. */
export const FAKE_API_KEY = 'API-FAKEOCTOPUS0000000000000000';

// Wording UNVERIFIED: Octopus answers 401 with an error body whose exact text we could not confirm.
export const UNAUTHORIZED: OctopusErrorBody = {
  ErrorMessage: 'You must be logged in to perform this action. Please provide a valid API key or log in again.',
  Errors: [],
};

/** X-Octopus-ApiKey, or the `apikey` query parameter (swagger's APIKeyQuery), whichever is present. */
function presentedKey(request: Request, url: URL): string | undefined {
  const header = request.headers.get('x-octopus-apikey');
  if (header !== null) return header;
  for (const [name, value] of url.searchParams) if (name.toLowerCase() === 'apikey') return value;
  return undefined;
}

/**
 * False for a presented key that is not the fake's. `/api` itself is anonymous on Octopus (clients read it
 * before they sign in), so a bad key first fails on the next call, as Octopus.Client sees it.
 */
export function isAuthenticated(request: Request, url: URL): boolean {
  if (/^\/api\/?$/i.test(url.pathname)) return true;
  const key = presentedKey(request, url);
  return key === undefined || key.trim() === FAKE_API_KEY;
}
