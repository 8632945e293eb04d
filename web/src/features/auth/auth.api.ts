import { apiFetch } from '../../lib/api';
import type { Persona, Session } from './auth.types';

/** Demo sign-in: only answered when the backend runs with DEMO_MODE=true. */
export async function demoSignIn(persona: Persona): Promise<Session> {
  const { data } = await apiFetch<Session>('/api/demo/sign-in', { method: 'POST', body: { persona } });
  return { accessToken: data.accessToken, user: data.user };
}
