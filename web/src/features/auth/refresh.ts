import { refreshSession } from './auth.api';
import type { AuthResponse } from './auth.types';

// Refresh tokens rotate and reusing a consumed one revokes the whole session, so refreshes must
// never overlap: one in flight per tab (concurrent callers share it) and, with the Web Locks API,
// one at a time across this browser's tabs (they share the cookie).
let inFlight: Promise<AuthResponse | null> | null = null;

function withCrossTabLock<T>(run: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks?.request) return run();
  return locks.request('seatwise-auth-refresh', run) as Promise<T>;
}

/** Exchanges the refresh cookie for a new access token; null when the session is gone. */
export function refreshOnce(): Promise<AuthResponse | null> {
  inFlight ??= withCrossTabLock(refreshSession).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

let restoring: Promise<AuthResponse | null> | null = null;

/** The start-up refresh, made once per page load (StrictMode mounts effects twice). */
export function restoreOnce(): Promise<AuthResponse | null> {
  restoring ??= refreshOnce();
  return restoring;
}

/** When to refresh: a minute before expiry (a quarter of the lifetime for short tokens). */
export function refreshDelay(expiresInSeconds: number): number {
  const lifetime = Math.max(0, expiresInSeconds) * 1000;
  return Math.max(5_000, lifetime - Math.min(60_000, lifetime / 4));
}

// Logging out in one tab ends the session in the others too.
const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel('seatwise-auth') : null;

export function announceLogout(): void {
  channel?.postMessage({ type: 'logout' });
}

export function onLogoutElsewhere(listener: () => void): () => void {
  if (!channel) return () => undefined;
  const handle = (event: MessageEvent) => {
    if ((event.data as { type?: string } | null)?.type === 'logout') listener();
  };
  channel.addEventListener('message', handle);
  return () => channel.removeEventListener('message', handle);
}
