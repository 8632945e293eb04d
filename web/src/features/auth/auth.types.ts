export const PERSONAS = ['attendee', 'organizer', 'admin'] as const;
export type Persona = (typeof PERSONAS)[number];

export type Role = 'attendee' | 'organizer' | 'admin' | 'finance' | 'analyst' | 'ops';

export type SessionUser = { id: string; name: string; roles: Role[] };

export type Session = { accessToken: string; user: SessionUser };
