import { createContext, useContext } from 'react';
import type { AuthResponse, Role, SessionStatus, SessionUser } from './auth.types';

export type SessionState = {
  user: SessionUser | null;
  status: SessionStatus;
  isSignedIn: boolean;
  /** True while the start-up refresh decides whether a session exists. */
  isRestoring: boolean;
  login: (email: string, password: string) => Promise<SessionUser>;
  /** Starts the session a login-like answer describes (e.g. the OIDC callback). */
  signInWith: (auth: AuthResponse) => SessionUser;
  /** Refreshes now (e.g. after verifying the e-mail, to pick up the new state). */
  refresh: () => Promise<void>;
  logout: () => Promise<void>;
  hasRole: (...roles: Role[]) => boolean;
};

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() must be used inside <SessionProvider>');
  return session;
}
