import type { Session } from './auth.types';

// sessionStorage: the demo token survives a reload of this tab but not closing it.
const KEY = 'seatwise.session';

export function loadSession(): Session | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Session>;
    if (typeof parsed.accessToken !== 'string' || !parsed.user || typeof parsed.user.name !== 'string') return null;
    if (isExpired(parsed.accessToken)) return null;
    return { accessToken: parsed.accessToken, user: { ...parsed.user, roles: parsed.user.roles ?? [] } };
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  try {
    if (session) window.sessionStorage.setItem(KEY, JSON.stringify(session));
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // Storage can be unavailable (private mode, quota); the in-memory session still works.
  }
}

/** Reads a JWT's `exp` without verifying it: only to avoid restoring a token that is already dead. */
function isExpired(token: string): boolean {
  try {
    const payload = token.split('.')[1];
    if (!payload) return false;
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof json.exp === 'number' && json.exp * 1000 <= Date.now();
  } catch {
    return false;
  }
}
