import { apiFetch, apiGet, withQuery } from '../../lib/api';
import type { Role } from '../auth';

export type AdminUser = {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  emailVerified: boolean;
  disabled: boolean;
  createdAt: string;
};

export type SecurityEvent = { type: string; at: string; ip?: string; detail?: string };

export const PAGE_SIZE = 20;

export const adminKeys = {
  all: ['admin', 'users'] as const,
  list: (q: string, offset: number) => ['admin', 'users', 'list', q, offset] as const,
  history: (userId: string) => ['admin', 'users', 'history', userId] as const,
};

export const fetchUsers = (q: string, offset: number) =>
  apiGet<{ items: AdminUser[]; total: number }>(withQuery('/api/admin/users', { q, limit: PAGE_SIZE, offset }));

export const fetchSecurityHistory = (userId: string) =>
  apiGet<{ items: SecurityEvent[] }>(`/api/admin/users/${encodeURIComponent(userId)}/security-history`);

const userPath = (id: string) => `/api/admin/users/${encodeURIComponent(id)}`;

export type Command = { method: 'POST' | 'DELETE'; path: string; body?: unknown };

export async function runCommand({ method, path, body }: Command): Promise<void> {
  await apiFetch<unknown>(path, { method, body });
}

export const commands = {
  grantRole: (id: string, role: Role): Command => ({ method: 'POST', path: `${userPath(id)}/roles`, body: { role } }),
  revokeRole: (id: string, role: Role): Command => ({
    method: 'DELETE',
    path: `${userPath(id)}/roles/${encodeURIComponent(role)}`,
  }),
  disable: (id: string, reason: string): Command => ({
    method: 'POST',
    path: `${userPath(id)}/disable`,
    body: { reason },
  }),
  enable: (id: string): Command => ({ method: 'POST', path: `${userPath(id)}/enable` }),
  revokeSessions: (id: string): Command => ({ method: 'DELETE', path: `${userPath(id)}/sessions` }),
};
