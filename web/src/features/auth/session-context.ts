import { createContext, useContext } from 'react';
import type { Persona, Role, SessionUser } from './auth.types';

export type SessionState = {
  user: SessionUser | null;
  isSignedIn: boolean;
  /** The persona being signed in, while the request runs. */
  signingIn: Persona | null;
  signIn: (persona: Persona) => Promise<void>;
  signOut: () => void;
  hasRole: (...roles: Role[]) => boolean;
};

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() must be used inside <SessionProvider>');
  return session;
}
