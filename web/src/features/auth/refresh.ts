import { refreshSession } from './auth.api';
import type { AuthResponse } from './auth.types';

// Refresh tokens rotate and reusing a consumed one revokes the whole session, so refreshes must
// never overlap: one in flight per tab (concurrent callers share it) and, with the Web Locks API,
// one at a time across this browser's tabs (they share the cookie).
//
// Its answer is shared too: kept in localStorage with its expiry and announced to the other tabs,
// so a page load or another tab takes the access token that is still good instead of refreshing
// again. A browser then refreshes about once per token lifetime, however many pages it loads.
let inFlight: Promise<AuthResponse | null> | null = null;

const SHARED_KEY = 'seatwise-auth';
/** A shared token closer than this to its expiry is not worth taking: refresh instead. */
const MIN_LEFT_MS = 30_000;

type Shared = { auth: AuthResponse; expiresAt: number };

// Sign-ins and sign-outs take the same lock, so none runs while a refresh of any tab is in flight
// (that refresh's answer would otherwise sign the browser back in, or into the old account). Each
// also marks a new generation; a refresh whose generation changed while it ran (a browser
// without Web Locks) drops its answer and takes whatever the sign-in or sign-out left.
const GENERATION_KEY = 'seatwise-auth-generation';

function generation(): string | null {
  try {
    return localStorage.getItem(GENERATION_KEY);
  } catch {
    return null;
  }
}

/** A sign-in or sign-out happened: refresh answers that started before it are stale. */
export function newGeneration(): void {
  try {
    localStorage.setItem(GENERATION_KEY, `${Date.now()}-${Math.random().toString(36).slice(2)}`);
  } catch {
    // Storage may be off (private mode); the lock alone then keeps them apart.
  }
}

/** Runs a sign-in or sign-out with no refresh in flight in any tab, as a new generation. */
export function changeSession<T>(run: () => Promise<T>): Promise<T> {
  return withCrossTabLock(() => {
    newGeneration();
    return run();
  });
}

function withCrossTabLock<T>(run: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks?.request) return run();
  return locks.request('seatwise-auth-refresh', run) as Promise<T>;
}

/**
 * The server sets the readable `sw_session=1` beside the httpOnly refresh cookie and clears both
 * when the session ends: without it a refresh could only answer 401, so none is made.
 */
export function sessionMayExist(): boolean {
  return typeof document !== 'undefined' && document.cookie.split(';').some((c) => c.trim() === 'sw_session=1');
}

function readShared(): Shared | null {
  try {
    const value = JSON.parse(localStorage.getItem(SHARED_KEY) ?? 'null') as Shared | null;
    return value && typeof value.expiresAt === 'number' && value.auth?.accessToken ? value : null;
  } catch {
    return null;
  }
}

/** The shared answer, unless it is the token this tab already holds (`stale`) or about to expire. */
function sharedAuth(stale: string | null): AuthResponse | null {
  const shared = readShared();
  if (!shared || shared.auth.accessToken === stale) return null;
  const left = shared.expiresAt - Date.now();
  if (left < MIN_LEFT_MS) return null;
  return { ...shared.auth, expiresIn: Math.floor(left / 1000) };
}

/** Keeps a fresh answer (login or refresh) for the other tabs and later page loads, and tells them. */
export function shareSession(auth: AuthResponse | null): void {
  try {
    if (auth) localStorage.setItem(SHARED_KEY, JSON.stringify({ auth, expiresAt: Date.now() + auth.expiresIn * 1000 }));
    else localStorage.removeItem(SHARED_KEY);
  } catch {
    // Storage may be off (private mode); every tab then refreshes for itself.
  }
  if (auth) channel?.postMessage({ type: 'refreshed' });
}

/**
 * A current access token: the one another tab or page load already got, else a refresh of the
 * cookie. `stale` is the token this tab holds (or the API just refused); `force` always refreshes
 * (to pick up a changed account). Null when there is no session.
 */
export function refreshOnce(stale: string | null = null, force = false): Promise<AuthResponse | null> {
  inFlight ??= withCrossTabLock(async () => {
    if (!sessionMayExist()) {
      shareSession(null);
      return null;
    }
    const shared = force ? null : sharedAuth(stale);
    if (shared) return shared;
    const started = generation();
    const auth = await refreshSession();
    if (generation() !== started) return sharedAuth(null); // signed in or out meanwhile: that stands
    shareSession(auth);
    return auth;
  }).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

let restoring: Promise<AuthResponse | null> | null = null;

/** The start-up restore, made once per page load (StrictMode mounts effects twice). */
export function restoreOnce(): Promise<AuthResponse | null> {
  restoring ??= refreshOnce();
  return restoring;
}

/** When to refresh: a minute before expiry (a quarter of the lifetime for short tokens). */
export function refreshDelay(expiresInSeconds: number): number {
  const lifetime = Math.max(0, expiresInSeconds) * 1000;
  return Math.max(5_000, lifetime - Math.min(60_000, lifetime / 4));
}

// Logging out in one tab ends the session in the others too; a refresh in one serves them all.
const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel('seatwise-auth') : null;

export function announceLogout(): void {
  shareSession(null);
  channel?.postMessage({ type: 'logout' });
}

export function onLogoutElsewhere(listener: () => void): () => void {
  return onMessage('logout', listener);
}

/** Another tab refreshed or signed in: its answer, to use instead of refreshing here. */
export function onRefreshedElsewhere(listener: (auth: AuthResponse) => void): () => void {
  return onMessage('refreshed', () => {
    const auth = sharedAuth(null);
    if (auth) listener(auth);
  });
}

function onMessage(type: string, listener: () => void): () => void {
  if (!channel) return () => undefined;
  const handle = (event: MessageEvent) => {
    if ((event.data as { type?: string } | null)?.type === type) listener();
  };
  channel.addEventListener('message', handle);
  return () => channel.removeEventListener('message', handle);
}
