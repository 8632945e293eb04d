import { useMutation } from '@tanstack/react-query';
import type { DemoPersona } from './auth.types';
import { useSession } from './session-context';

/** Signs in as a demo persona with its published credentials (ending the current session first). */
export function useDemoSignIn() {
  const { isSignedIn, login, logout } = useSession();
  return useMutation({
    mutationFn: async (persona: DemoPersona) => {
      if (isSignedIn) await logout();
      return login(persona.email, persona.password);
    },
  });
}
