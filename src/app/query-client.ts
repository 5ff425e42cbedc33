// One QueryClient policy for the app. Tests build their own with retry off (src/test/render.tsx).
import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/errors';

const MAX_RETRIES = 2;

/**
 * Retry only what may pass on a second try: the server unreachable or failing (5xx). A 4xx (forbidden,
 * not found, invalid) or an answer we could not parse will fail the same way again.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (!isApiError(error)) return false;
  return error.kind === 'network' || (error.kind === 'http' && error.status >= 500);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 10_000, refetchOnWindowFocus: true },
      // A retried PUT/POST could apply twice; the person retries a failed save themselves.
      mutations: { retry: false },
    },
  });
}
