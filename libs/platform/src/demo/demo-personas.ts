import type { Role } from '@booking/domain';

/**
 * Demo users of the embedded default, one per role, created through the accounts commands by
 * the demo seeder. Their passwords are public on purpose: they are shown on the login page in
 * demo mode only.
 */
export const DEMO_PASSWORD = 'seatwise demo 2026';
export const DEMO_PERSONAS = {
  attendee: {
    id: '0190a000-0000-7000-8000-00000000a001',
    name: 'Ada Attendee',
    email: 'ada@demo.seatwise.test',
    roles: ['attendee'] as Role[],
  },
  organizer: {
    id: '0190a000-0000-7000-8000-00000000a002',
    name: 'Olga Organizer',
    email: 'olga@demo.seatwise.test',
    roles: ['attendee', 'organizer'] as Role[],
  },
  admin: {
    id: '0190a000-0000-7000-8000-00000000a003',
    name: 'Alan Admin',
    email: 'alan@demo.seatwise.test',
    roles: ['attendee', 'admin'] as Role[],
  },
  finance: {
    id: '0190a000-0000-7000-8000-00000000a004',
    name: 'Fiona Finance',
    email: 'fiona@demo.seatwise.test',
    roles: ['attendee', 'finance'] as Role[],
  },
  analyst: {
    id: '0190a000-0000-7000-8000-00000000a005',
    name: 'Ana Analyst',
    email: 'ana@demo.seatwise.test',
    roles: ['attendee', 'analyst'] as Role[],
  },
  ops: {
    id: '0190a000-0000-7000-8000-00000000a006',
    name: 'Oscar Ops',
    email: 'oscar@demo.seatwise.test',
    roles: ['attendee', 'ops'] as Role[],
  },
} as const;
export type Persona = keyof typeof DEMO_PERSONAS;
