import { type Role, assertNever } from '../kernel';
import type { AccountEvent } from './accounts.events';

type Secret = { hash: string; expiresAt: number };

export type AccountState =
  | { status: 'none' }
  | {
      status: 'active' | 'disabled';
      userId: string;
      email: string;
      displayName: string;
      roles: Role[];
      emailVerified: boolean;
      passwordHash: string;
      verification?: Secret;
      reset?: Secret;
      /** Times (ms) of recent failed logins, oldest first. */
      failures: number[];
      lockedUntil: number;
      /** Every session this account started (ended ones too: the session streams know which). */
      sessionIds: string[];
      /** `provider:subject` of linked social identities. */
      externalIds: string[];
    };

export const initialAccountState = (): AccountState => ({ status: 'none' });

export function evolveAccount(state: AccountState, event: AccountEvent): AccountState {
  if (event.type === 'AccountRegistered') {
    const { userId, email, displayName, passwordHash, roles } = event.data;
    return {
      status: 'active',
      userId,
      email,
      displayName,
      roles,
      emailVerified: false,
      passwordHash,
      failures: [],
      lockedUntil: 0,
      sessionIds: [],
      externalIds: [],
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'EmailVerificationIssued':
      return { ...state, verification: { hash: event.data.tokenHash, expiresAt: Date.parse(event.data.expiresAt) } };
    case 'EmailVerified':
      return { ...state, emailVerified: true, verification: undefined };
    case 'PasswordResetIssued':
      return { ...state, reset: { hash: event.data.tokenHash, expiresAt: Date.parse(event.data.expiresAt) } };
    case 'PasswordChanged':
      return { ...state, passwordHash: event.data.passwordHash, reset: undefined, failures: [], lockedUntil: 0 };
    case 'RoleGranted':
      return { ...state, roles: [...state.roles.filter((r) => r !== event.data.role), event.data.role] };
    case 'RoleRevoked':
      return { ...state, roles: state.roles.filter((r) => r !== event.data.role) };
    case 'AccountDisabled':
      return { ...state, status: 'disabled' };
    case 'AccountEnabled':
      return { ...state, status: 'active', failures: [], lockedUntil: 0 };
    case 'LoginSucceeded':
      return { ...state, failures: [], sessionIds: [...state.sessionIds, event.data.sessionId] };
    case 'LoginFailed':
      return event.data.reason === 'bad-password'
        ? { ...state, failures: [...state.failures, Date.parse(event.data.at)] }
        : state;
    case 'ExternalIdentityLinked':
      return { ...state, externalIds: [...state.externalIds, `${event.data.provider}:${event.data.subject}`] };
    case 'AccountLocked':
      return { ...state, lockedUntil: Date.parse(event.data.until), failures: [] };
    default:
      return assertNever(event);
  }
}
