// @vitest-environment node
import { ApiError } from '../api/errors';
import { applyServerErrors } from './server-errors';

type Form = { name: string; thumbprint: string };

describe('applyServerErrors', () => {
  it("places Details on mapped fields, focuses the first, and returns what it couldn't place", () => {
    const setError = vi.fn();
    const error = new ApiError(
      'http',
      400,
      'There was a problem with your request.',
      ['A worker named \'w\' already exists. Please choose a different name.', 'Please select at least one worker pool.'],
      {
        Name: "A worker named 'w' already exists. Please choose a different name.",
        'Endpoint.Thumbprint': 'bad thumbprint',
      },
    );
    const rest = applyServerErrors<Form>(error, setError, { Name: 'name', 'Endpoint.Thumbprint': 'thumbprint' });
    expect(setError).toHaveBeenNthCalledWith(1, 'name', { type: 'server', message: error.details.Name }, { shouldFocus: true });
    expect(setError).toHaveBeenNthCalledWith(2, 'thumbprint', { type: 'server', message: 'bad thumbprint' }, { shouldFocus: false });
    expect(rest).toEqual(['Please select at least one worker pool.']);
  });

  it('a validation error with no Errors or Details still says something', () => {
    expect(applyServerErrors<Form>(new ApiError('http', 409, 'Conflict'), vi.fn(), {})).toEqual(['Conflict']);
  });

  it('a non-validation failure is returned whole, touching no field', () => {
    const setError = vi.fn();
    expect(applyServerErrors<Form>(new ApiError('network', 0, 'Could not reach the Octopus server.'), setError, { Name: 'name' })).toEqual([
      'Could not reach the Octopus server.',
    ]);
    expect(setError).not.toHaveBeenCalled();
  });
});
