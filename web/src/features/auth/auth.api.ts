import { apiFetch, apiGet, isProblem } from '../../lib/api';
import type { AuthProvider, AuthResponse, DemoPersona } from './auth.types';

// The refresh token travels only as an httpOnly cookie scoped to /api/auth; the CSRF guard wants this header.
const cookieAuth = { credentials: 'include', headers: { 'X-Requested-With': 'fetch' }, auth: false } as const;

function normalise(data: AuthResponse): AuthResponse {
  return { ...data, user: { ...data.user, roles: data.user.roles ?? [] } };
}

export async function login(email: string, password: string): Promise<AuthResponse> {
  const { data } = await apiFetch<AuthResponse>('/api/auth/login', {
    method: 'POST',
    body: { email, password, client: 'spa' },
    ...cookieAuth,
  });
  return normalise(data);
}

const RATE_LIMIT_RETRIES = 3;
const MAX_WAIT_SECONDS = 60;

/**
 * A new access token from the refresh cookie; null when there is no (valid) session. Throttled
 * (429) is not signed out: it waits as long as Retry-After says and tries again.
 */
export async function refreshSession(): Promise<AuthResponse | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      const { data } = await apiFetch<AuthResponse>('/api/auth/refresh', { method: 'POST', ...cookieAuth });
      return normalise(data);
    } catch (error) {
      if (isProblem(error) && error.status === 429 && attempt < RATE_LIMIT_RETRIES) {
        const seconds = Math.min(MAX_WAIT_SECONDS, Math.max(1, error.retryAfter ?? 5));
        await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
        continue;
      }
      if (isProblem(error) && error.status >= 400 && error.status < 500 && error.status !== 429) return null;
      throw error;
    }
  }
}

export async function logout(): Promise<void> {
  await apiFetch<void>('/api/auth/logout', { method: 'POST', ...cookieAuth });
}

export const fetchProviders = () => apiGet<{ items: AuthProvider[] }>('/api/auth/providers', { auth: false });

export async function startOidc(provider: string, returnTo?: string): Promise<string> {
  const { data } = await apiFetch<{ authorizationUrl: string }>(
    `/api/auth/oidc/${encodeURIComponent(provider)}/start`,
    { method: 'POST', body: returnTo ? { returnTo } : {}, ...cookieAuth },
  );
  return data.authorizationUrl;
}

export async function completeOidc(provider: string, code: string, state: string): Promise<AuthResponse> {
  const { data } = await apiFetch<AuthResponse>(`/api/auth/oidc/${encodeURIComponent(provider)}/callback`, {
    method: 'POST',
    body: { code, state },
    ...cookieAuth,
  });
  return normalise(data);
}

export const fetchDemoPersonas = () => apiGet<{ items: DemoPersona[] }>('/api/demo/personas', { auth: false });

export async function resendVerification(email: string): Promise<string | undefined> {
  const { data } = await apiFetch<{ message?: string }>('/api/accounts/resend-verification', {
    method: 'POST',
    body: { email },
  });
  return data?.message;
}
