// @vitest-environment node
// The client's own contract: what reaches a page when the server says no, or says nothing. Fetch is
// replaced here (not MSW) because these tests are about the client's handling of raw responses.
import { z } from 'zod';
import { apiUrl, linkPath, request, spacePath, toQueryString } from './client';
import { ApiError, describeError } from './errors';

function respond(status: number, body?: unknown, init: ResponseInit = {}) {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  return vi.fn(async () => new Response(text, { status, ...init }));
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('request', () => {
  it("reads Octopus's error body into status, message and Errors[]", async () => {
    vi.stubGlobal(
      'fetch',
      respond(400, {
        ErrorMessage: 'There was a problem with your request.',
        Errors: ['A worker pool with the name "Linux" already exists.'],
        Details: { Name: 'A worker pool with the name "Linux" already exists.' },
      }),
    );
    const error = await failure(request('/Spaces-1/workerpools', { method: 'POST', body: { Name: 'Linux' } }));
    expect(error).toMatchObject({
      kind: 'http',
      status: 400,
      message: 'There was a problem with your request.',
      errors: ['A worker pool with the name "Linux" already exists.'],
      details: { Name: 'A worker pool with the name "Linux" already exists.' },
    });
    expect(error.isValidation).toBe(true);
  });

  it('R4: a 403 keeps the Missing permission message and the help text', async () => {
    vi.stubGlobal(
      'fetch',
      respond(403, {
        ErrorMessage: 'You do not have permission to perform this action. Please contact your Octopus administrator. Missing permission: WorkerView',
        Errors: [],
        HelpText: 'This action requires permission to view workers.',
      }),
    );
    const error = await failure(request('/Spaces-1/workers'));
    expect(error.isForbidden).toBe(true);
    expect(error.message).toMatch(/Missing permission: WorkerView$/);
    expect(describeError(error)).toEqual({ title: error.message, lines: ['This action requires permission to view workers.'] });
  });

  it('a non-JSON error body still gives a plain sentence for the status', async () => {
    vi.stubGlobal('fetch', respond(502, '<html>Bad gateway</html>', { statusText: 'Bad Gateway' }));
    const error = await failure(request('/api'));
    expect(error).toMatchObject({ kind: 'http', status: 502, errors: [] });
    expect(error.message).toMatch(/could not be reached/);
  });

  it('a 409 conflict counts as a validation problem, as in Octopus.Client', async () => {
    vi.stubGlobal('fetch', respond(409, { ErrorMessage: 'Conflict', Errors: ['stale'] }));
    expect((await failure(request('/x', { method: 'PUT', body: {} }))).isValidation).toBe(true);
  });

  it('a network failure is an error, never an empty result', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const error = await failure(request('/Spaces-1/workers', { schema: z.object({ Items: z.array(z.unknown()) }) }));
    expect(error).toMatchObject({ kind: 'network', status: 0 });
    expect(error.message).toMatch(/Could not reach the Octopus server/);
  });

  it('an answer of the wrong shape is reported, naming the field', async () => {
    vi.stubGlobal('fetch', respond(200, { Items: 'not an array' }));
    const error = await failure(request('/Spaces-1/workers', { schema: z.object({ Items: z.array(z.unknown()) }) }));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toMatch(/Items/);
  });

  it('sends JSON and parses the answer with the schema', async () => {
    const fetchMock = respond(200, { Id: 'WorkerPools-9', Extra: true });
    vi.stubGlobal('fetch', fetchMock);
    const result = await request('/Spaces-1/workerpools', {
      method: 'POST',
      body: { Name: 'New' },
      schema: z.looseObject({ Id: z.string() }),
    });
    expect(result).toEqual({ Id: 'WorkerPools-9', Extra: true });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/Spaces-1/workerpools');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"Name":"New"}');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });
});

describe('URLs', () => {
  it.each([
    ['a 2020.x process link', '/api/Spaces-1/deploymentprocesses/deploymentprocess-Projects-1', '/Spaces-1/deploymentprocesses/deploymentprocess-Projects-1'],
    ['a newer project-scoped link', '/api/Spaces-1/projects/Projects-1/deploymentprocesses', '/Spaces-1/projects/Projects-1/deploymentprocesses'],
    ['a server under a virtual directory', '/octopus/api/Spaces-1/projects/Projects-1', '/Spaces-1/projects/Projects-1'],
    ['a URI template', '/api/Spaces-1/workers{/id}{?skip,take}', '/Spaces-1/workers'],
  ])('follows %s', (_t, link, path) => {
    expect(linkPath(link)).toBe(path);
  });

  it('joins multi-value filters with commas and drops empty values', () => {
    expect(toQueryString({ healthStatuses: ['Healthy', 'Unknown'], partialName: '', isDisabled: false, skip: 0, ids: [] })).toBe(
      '?healthStatuses=Healthy%2CUnknown&isDisabled=false&skip=0',
    );
    expect(toQueryString({})).toBe('');
  });
  it('builds space-scoped paths under /api', () => {
    expect(apiUrl(spacePath('Spaces-1', '/workers'), { take: 30 })).toBe('/api/Spaces-1/workers?take=30');
  });
});
