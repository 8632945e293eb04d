import { apiFetch } from '../../lib/api';

type Message = { message?: string };

export async function signUp(body: { email: string; password: string; displayName: string }) {
  return (await apiFetch<Message>('/api/accounts', { method: 'POST', body })).data;
}

export async function verifyEmail(token: string) {
  return (await apiFetch<{ verified: boolean }>('/api/accounts/verify-email', { method: 'POST', body: { token } }))
    .data;
}

export async function requestPasswordReset(email: string) {
  return (await apiFetch<Message>('/api/auth/password-reset', { method: 'POST', body: { email }, auth: false })).data;
}

export async function confirmPasswordReset(token: string, password: string) {
  await apiFetch<unknown>('/api/auth/password-reset/confirm', {
    method: 'POST',
    body: { token, password },
    auth: false,
  });
}
