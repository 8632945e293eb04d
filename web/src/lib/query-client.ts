import { QueryClient } from '@tanstack/react-query';
import { isProblem } from './api';

/** Retry only what may succeed next time: network failures, 429 and 5xx (e.g. a read-your-writes 503). */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 3) return false;
  return isProblem(error) ? error.isTransient : false;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: shouldRetry,
        retryDelay: (attempt, error) =>
          isProblem(error) && error.retryAfter !== undefined
            ? Math.min(error.retryAfter, 10) * 1000
            : Math.min(500 * 2 ** attempt, 8000),
      },
      // Commands are retried explicitly (with the same Idempotency-Key) where that is safe.
      mutations: { retry: false },
    },
  });
}
