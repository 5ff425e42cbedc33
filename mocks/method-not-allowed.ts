// A request for a path the fake serves, with a method it does not serve there, is answered 405 with the
// methods that are (an `Allow` header), as Octopus answers it, instead of a misleading 404. The known paths
// are the handlers' own, so a new handler is covered without another list to keep.
import { HttpHandler, HttpResponse, matchRequestUrl } from 'msw';

const SPACE_ID = /^Spaces-\d+$/i;

export function allowedMethods(handlers: readonly unknown[], url: URL): string[] {
  const methods = new Set<string>();
  for (const handler of handlers) {
    if (!(handler instanceof HttpHandler)) continue;
    const { method, path } = handler.info;
    if (typeof method !== 'string' || method === 'all' || (typeof path !== 'string')) continue;
    const match = matchRequestUrl(url, path);
    if (!match.matches) continue;
    // `*/api/:spaceId/…` patterns only serve real space ids (mocks/http.ts spaceRoute).
    const space = match.params?.spaceId;
    if (space !== undefined && !SPACE_ID.test(String(space))) continue;
    methods.add(method.toUpperCase());
  }
  return [...methods].sort();
}

/** UNVERIFIED wording: ASP.NET's, which Octopus Server runs on; the body is Octopus's error shape. */
export function methodNotAllowed(method: string, allowed: readonly string[]): Response {
  return HttpResponse.json(
    { ErrorMessage: `The requested resource does not support http method '${method.toUpperCase()}'.`, Errors: [] },
    { status: 405, headers: { Allow: allowed.join(', ') } },
  );
}
