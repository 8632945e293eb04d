import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { getAccessToken, setAccessToken, setUnauthorizedHandler } from '../../lib/api';
import { claimSavedCopies, forgetSavedCopies, savedCopiesOwner } from '../../lib/saved-copies';
import { login as loginRequest, logout as logoutRequest } from './auth.api';
import type { AuthResponse, Role, SessionStatus, SessionUser } from './auth.types';
import {
  announceLogout,
  changeSession,
  newGeneration,
  onLogoutElsewhere,
  onRefreshedElsewhere,
  refreshDelay,
  refreshOnce,
  restoreOnce,
  sessionMayExist,
  shareSession,
} from './refresh';
import { SessionContext, type SessionState } from './session-context';

const RETRY_AFTER_NETWORK_ERROR = 30_000;

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [user, setUser] = useState<SessionUser | null>(null);
  // Without the session cookie's readable twin there is nothing to restore: signed out from the
  // first render, not after a restore that can only say so (one whole-page re-render less at start).
  const [status, setStatus] = useState<SessionStatus>(() => (sessionMayExist() ? 'restoring' : 'signed-out'));
  /** When the next refresh is due (ms since epoch); null when signed out. */
  const [refreshAt, setRefreshAt] = useState<number | null>(null);
  const userId = useRef<string | null>(null);
  /** Set once anything decided the session, so a late start-up refresh cannot undo a login. */
  const settled = useRef(false);

  /**
   * `offline`: the session could not be checked (network): no one is signed in for now, but the
   * copies saved for offline reading stay (lib/saved-copies.ts); any other answer without a user
   * ends the session, and they go.
   */
  const apply = useCallback(
    (auth: AuthResponse | null, offline = false) => {
      settled.current = true;
      if (auth) void claimSavedCopies(auth.user.id);
      else if (!offline && savedCopiesOwner() !== null) void forgetSavedCopies();
      setAccessToken(auth?.accessToken ?? null);
      const next = auth?.user ?? null;
      // Per-user data of the previous user must not leak into the next one.
      if (userId.current !== (next?.id ?? null)) {
        queryClient.removeQueries({ queryKey: ['me'] });
        queryClient.removeQueries({ queryKey: ['admin'] });
      }
      userId.current = next?.id ?? null;
      setUser(next);
      setStatus(next ? 'signed-in' : 'signed-out');
      setRefreshAt(auth ? Date.now() + refreshDelay(auth.expiresIn) : null);
      return next;
    },
    [queryClient],
  );

  // On start: the token another tab or page load got, else the refresh cookie (if any) restores
  // the session. Unreachable or still throttled: shown signed out for now, and tried again soon.
  useEffect(() => {
    const settle = (auth: AuthResponse | null, offline = false) => {
      if (!settled.current) apply(auth, offline);
    };
    restoreOnce().then(settle, () => {
      settle(null, true);
      if (!userId.current) setRefreshAt(Date.now() + RETRY_AFTER_NETWORK_ERROR);
    });
  }, [apply]);

  // Shortly before the access token expires (and when a sleeping tab wakes up late), refresh it.
  useEffect(() => {
    if (refreshAt === null) return;
    const run = () =>
      refreshOnce(getAccessToken()).then(apply, () => setRefreshAt(Date.now() + RETRY_AFTER_NETWORK_ERROR));
    const timer = window.setTimeout(run, Math.max(0, refreshAt - Date.now()));
    const wake = () => {
      if (document.visibilityState === 'visible' && Date.now() >= refreshAt) void run();
    };
    document.addEventListener('visibilitychange', wake);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', wake);
    };
  }, [refreshAt, apply]);

  // A 401: refresh once (shared with every concurrent 401), then the API client retries.
  useEffect(() => {
    setUnauthorizedHandler(async (rejectedToken) => {
      const current = getAccessToken();
      if (current && current !== rejectedToken) return true; // someone already refreshed
      try {
        return apply(await refreshOnce(rejectedToken)) !== null;
      } catch {
        return false;
      }
    });
    return () => setUnauthorizedHandler(null);
  }, [apply]);

  useEffect(() => onLogoutElsewhere(() => apply(null)), [apply]);
  useEffect(() => onRefreshedElsewhere(apply), [apply]);

  const signInWith = useCallback(
    (auth: AuthResponse) => {
      newGeneration();
      shareSession(auth);
      return apply(auth) as SessionUser;
    },
    [apply],
  );
  const login = useCallback(
    (email: string, password: string) => changeSession(async () => signInWith(await loginRequest(email, password))),
    [signInWith],
  );
  const refresh = useCallback(async () => {
    apply(await refreshOnce(getAccessToken(), true));
  }, [apply]);
  const logout = useCallback(
    () =>
      changeSession(async () => {
        try {
          await logoutRequest();
        } catch {
          // Even if the server cannot be told, this tab forgets the session.
        }
        // The shared token goes before anything here awaits: a tab's late 'refreshed' message
        // would otherwise find it and sign this tab back in while the saved copies are cleared.
        announceLogout();
        apply(null); // no page saves a copy from now on
        await forgetSavedCopies(); // before it resolves: whoever uses the device next finds none
      }),
    [apply],
  );

  const value = useMemo<SessionState>(
    () => ({
      user,
      status,
      isSignedIn: user !== null,
      isRestoring: status === 'restoring',
      login,
      signInWith,
      refresh,
      logout,
      hasRole: (...roles: Role[]) => !!user && roles.some((role) => user.roles.includes(role)),
    }),
    [user, status, login, signInWith, refresh, logout],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
