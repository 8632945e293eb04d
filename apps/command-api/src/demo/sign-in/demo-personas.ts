import type { Role } from '@booking/domain';

/** Demo users of the embedded default (accounts arrive with the accounts issue). */
export const DEMO_PERSONAS = {
  attendee: { id: '0190a000-0000-7000-8000-00000000a001', name: 'Ada Attendee', roles: ['attendee'] as Role[] },
  organizer: {
    id: '0190a000-0000-7000-8000-00000000a002',
    name: 'Olga Organizer',
    roles: ['organizer', 'attendee'] as Role[],
  },
  admin: { id: '0190a000-0000-7000-8000-00000000a003', name: 'Alan Admin', roles: ['admin'] as Role[] },
} as const;
export type Persona = keyof typeof DEMO_PERSONAS;
