export const ROLES = ['attendee', 'organizer', 'admin', 'finance', 'analyst', 'ops'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in user, as the login/refresh answers describe them. */
export type SessionUser = { id: string; email: string; displayName: string; roles: Role[]; emailVerified: boolean };

/** What login, refresh and the OIDC callback answer. */
export type AuthResponse = { accessToken: string; expiresIn: number; user: SessionUser };

/** A demo account (`GET /api/demo/personas`, demo mode only). */
export type DemoPersona = { persona: string; email: string; password: string; name: string; roles: Role[] };

export type AuthProvider = { id: string; name: string };

export type SessionStatus = 'restoring' | 'signed-in' | 'signed-out';
