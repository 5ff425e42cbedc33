import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ApiError } from '../api/errors';
import { RouteError } from './route-error';

function Throws({ error }: { error: unknown }): never {
  throw error;
}

describe('RouteError', () => {
  it("shows a server failure plainly: status, Octopus's message and Errors[], and Reload", () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React logs the caught error
    const error = new ApiError('http', 500, 'An unexpected error occurred.', [
      'Timeout expired while reading workers.',
    ]);
    const router = createMemoryRouter([
      { path: '/', element: <Throws error={error} />, errorElement: <RouteError /> },
    ]);
    render(<RouterProvider router={router} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByText('The Octopus server failed (500) (HTTP 500)')).toBeInTheDocument();
    expect(screen.getByText('Timeout expired while reading workers.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});
