// Named departures from the happy path, for `server.use(...)` in tests (CONVENTIONS 9): tests pick one of
// these instead of writing an inline handler, so failure bodies always look like Octopus's.
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { FieldError } from '../src/domain/validation';
import { badRequest } from './http';

const API = /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/api\//i;

function octopusFailure(status: number, message: string): Response {
  return HttpResponse.json({ ErrorMessage: message, Errors: [] }, { status });
}

/** The workers list answers with a server error (or any status). */
export function workersListFails(status = 500, message = 'An unexpected error occurred.'): HttpHandler {
  return http.get('*/api/:spaceId/workers', () => octopusFailure(status, message));
}

/** The pools list, `all` and the summary fail together, as they would when the server is down for them. */
export function workerPoolsFail(status = 500, message = 'An unexpected error occurred.'): HttpHandler[] {
  return ['*/api/:spaceId/workerpools', '*/api/:spaceId/workerpools/all', '*/api/:spaceId/workerpools/summary']
    .map((path) => http.get(path, () => octopusFailure(status, message)));
}

/** Any method on a path fails with `status` and Octopus's error body. */
export function failWith(path: string, status: number, message = 'An unexpected error occurred.'): HttpHandler {
  return http.all(path, () => octopusFailure(status, message));
}

/**
 * `method` on a path is refused as invalid (400; a DELETE too, as Octopus refuses deleting what is in use), each problem in `Errors` and keyed in `Details` as the fake
 * server's own validation does: for rules a real server may apply that the fake one doesn't.
 */
export function refusedAsInvalid(method: 'post' | 'put' | 'delete', path: string | RegExp, problems: FieldError[]): HttpHandler {
  return http[method](path, () => {
    const { status, body } = badRequest(problems);
    return HttpResponse.json(body, { status });
  });
}

/** A request to the path never gets an HTTP answer (fetch rejects with a TypeError). */
export function networkError(pathPattern: string | RegExp): HttpHandler {
  return http.all(pathPattern, () => HttpResponse.error());
}

/** Every /api request waits `ms` first, then is answered by the real handlers (loading states, races). */
export function slowResponses(ms: number): HttpHandler {
  return http.all(API, async () => {
    await delay(ms);
    return undefined;
  });
}
