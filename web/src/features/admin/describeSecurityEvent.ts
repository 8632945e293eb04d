import type { AdminUser, SecurityEvent } from './admin.api';

/** The recorded event types in words; an unknown type still reads as words ("SomethingNew" → "Something new"). */
const TITLES: Record<string, string> = {
  AccountRegistered: 'Account registered',
  EmailVerified: 'E-mail address verified',
  PasswordResetIssued: 'Password reset requested',
  PasswordChanged: 'Password changed',
  RoleGranted: 'Role granted',
  RoleRevoked: 'Role revoked',
  AccountDisabled: 'Account disabled',
  AccountEnabled: 'Account enabled',
  LoginSucceeded: 'Signed in',
  LoginFailed: 'Sign-in failed',
  AccountLocked: 'Account locked',
  SessionEnded: 'Session ended',
  RefreshReuseDetected: 'Session revoked: a used sign-in token came back',
  ExternalIdentityLinked: 'External sign-in linked',
};

export function securityEventTitle(type: string): string {
  if (TITLES[type]) return TITLES[type];
  const words = type.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

/**
 * "Role granted: organizer by Ada Admin": the title, then the detail with user ids the page knows
 * (the signed-in admin, accounts listed on the page) replaced by names.
 */
export function describeSecurityEvent(
  event: SecurityEvent,
  people: { me?: string; users: readonly Pick<AdminUser, 'id' | 'displayName' | 'email'>[] },
): string {
  const title = securityEventTitle(event.type);
  if (!event.detail) return title;
  const detail = event.detail.replace(UUID, (id) => {
    if (id === people.me) return 'you';
    const user = people.users.find((u) => u.id === id);
    return user ? user.displayName || user.email : id;
  });
  return `${title}: ${detail}`;
}
