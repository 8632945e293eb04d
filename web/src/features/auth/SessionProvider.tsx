import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { onUnauthorized, setAccessToken } from '../../lib/api';
import { demoSignIn } from './auth.api';
import type { Persona, Role, Session } from './auth.types';
import { SessionContext, type SessionState } from './session-context';
import { loadSession, saveSession } from './session-storage';

/** Restores the session synchronously so the very first requests already carry the token. */
function initialSession(): Session | null {
  const session = loadSession();
  setAccessToken(session?.accessToken ?? null);
  return session;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<Session | null>(initialSession);
  const [signingIn, setSigningIn] = useState<Persona | null>(null);

  const apply = useCallback(
    (next: Session | null) => {
      setAccessToken(next?.accessToken ?? null);
      saveSession(next);
      setSession(next);
      // Per-user data of the previous user must not leak into the next one.
      queryClient.removeQueries({ queryKey: ['me'] });
    },
    [queryClient],
  );

  const signIn = useCallback(
    async (persona: Persona) => {
      setSigningIn(persona);
      try {
        apply(await demoSignIn(persona));
      } finally {
        setSigningIn(null);
      }
    },
    [apply],
  );

  const signOut = useCallback(() => apply(null), [apply]);

  useEffect(() => onUnauthorized(signOut), [signOut]);

  const value = useMemo<SessionState>(() => {
    const user = session?.user ?? null;
    return {
      user,
      isSignedIn: user !== null,
      signingIn,
      signIn,
      signOut,
      hasRole: (...roles: Role[]) => !!user && roles.some((role) => user.roles.includes(role)),
    };
  }, [session, signingIn, signIn, signOut]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
