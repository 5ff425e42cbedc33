import { ApiError } from '../api/errors';
import { explainError } from './explain-error';

describe('explainError', () => {
  it("R4: a 403 says you don't have permission, then Octopus's message", () => {
    const error = new ApiError(
      'http',
      403,
      'You do not have permission to perform this action. Missing permission: WorkerView',
      [],
      {},
      'Ask an admin.',
    );
    expect(explainError(error)).toEqual({
      title: "You don't have permission to see this",
      lines: [
        'You do not have permission to perform this action. Missing permission: WorkerView',
        'Ask an admin.',
      ],
      status: 403,
    });
  });

  it('R4: a refused save says it was not allowed, not that something is hidden', () => {
    const error = new ApiError('http', 403, 'Missing permission: WorkerEdit');
    error.method = 'PUT';
    expect(explainError(error).title).toBe("You don't have permission to do this");
    error.method = 'GET';
    expect(explainError(error).title).toBe("You don't have permission to see this");
  });

  it('a network failure says the server could not be reached, with no status', () => {
    const result = explainError(
      new ApiError('network', 0, 'Could not reach the Octopus server (GET /api). Check your connection.'),
    );
    expect(result.title).toBe('Could not reach the Octopus server');
    expect(result.status).toBeUndefined();
  });

  it("a 500 names the status and keeps the server's Errors[] lines", () => {
    const result = explainError(new ApiError('http', 500, 'Boom', ['Line one', 'Boom']));
    expect(result).toEqual({
      title: 'The Octopus server failed (500)',
      lines: ['Boom', 'Line one'],
      status: 500,
    });
  });

  it('anything else still gets a sentence', () => {
    expect(explainError('???').title).toBe('Something went wrong');
  });
});
