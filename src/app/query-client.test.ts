import { ApiError } from '../api/errors';
import { shouldRetry } from './query-client';

describe('shouldRetry', () => {
  const network = new ApiError('network', 0, 'Could not reach the Octopus server');
  it.each([
    ['a network failure is retried', 0, network, true],
    ['a 500 is retried', 1, new ApiError('http', 500, 'boom'), true],
    ['a 503 is retried', 0, new ApiError('http', 503, 'busy'), true],
    ['at most twice', 2, network, false],
    ['never a 403', 0, new ApiError('http', 403, 'Missing permission: WorkerView'), false],
    ['never a 404', 0, new ApiError('http', 404, 'not found'), false],
    ['never a 400', 0, new ApiError('http', 400, 'invalid'), false],
    [
      'never an answer that could not be parsed',
      0,
      new ApiError('invalid-response', 200, 'bad shape'),
      false,
    ],
    ['never a programming error', 0, new TypeError('x is undefined'), false],
  ] as const)('%s', (_title, count, error, expected) => {
    expect(shouldRetry(count, error)).toBe(expected);
  });
});
