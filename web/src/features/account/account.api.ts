import { apiFetch, apiGet } from '../../lib/api';
import type { Role } from '../auth';

export type Profile = {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  emailVerified: boolean;
  createdAt: string;
};

export type AccountSession = {
  id: string;
  device: string;
  ip: string;
  createdAt: string;
  lastUsedAt: string;
  current: boolean;
};

export const accountKeys = {
  profile: (userId: string) => ['me', userId, 'profile'] as const,
  sessions: (userId: string) => ['me', userId, 'sessions'] as const,
};

export const fetchProfile = () => apiGet<Profile>('/api/me');

export const fetchSessions = () => apiGet<{ items: AccountSession[] }>('/api/me/sessions');

/** Both answer 200 (with a `position`, if the command API reports one). */
export async function revokeSession(id: string): Promise<string | undefined> {
  return (await apiFetch<unknown>(`/api/me/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' })).position;
}

export async function revokeOtherSessions(): Promise<string | undefined> {
  return (await apiFetch<unknown>('/api/me/sessions', { method: 'DELETE' })).position;
}

export type PasswordChanged = { changed: true; sessionsEnded: number; position?: string };

/**
 * 200 `{ changed, sessionsEnded, position }` (the other sessions end, this one stays); 422 names
 * `currentPassword` when it is wrong, 400 names `newPassword` when it breaks the rules, 429 when throttled.
 */
export async function changePassword(body: { currentPassword: string; newPassword: string }) {
  const result = await apiFetch<PasswordChanged>('/api/me/password', { method: 'POST', body });
  return { sessionsEnded: result.data.sessionsEnded, position: result.position };
}
