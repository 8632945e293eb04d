import type { AccountRegistered, Role } from '@booking/domain';
import { defineProjection, type Projected } from '../projection';

/** Answers "who is this user" (profile, admin user list). Never holds a password hash. */
export type AccountDoc = Projected & {
  email: string;
  displayName: string;
  roles: Role[];
  emailVerified: boolean;
  disabled: boolean;
  createdAt: string;
  lastLoginAt?: string;
};

export const accountsProjection = defineProjection<AccountDoc>({
  name: 'accounts',
  version: 1,
  eventTypes: [
    'AccountRegistered',
    'EmailVerified',
    'RoleGranted',
    'RoleRevoked',
    'AccountDisabled',
    'AccountEnabled',
    'LoginSucceeded',
  ],
  keyOf: (event) => (event.data as { userId?: string }).userId,
  indexes: [{ keys: { email: 1 } }],
  evolve(doc, event) {
    if (event.type === 'AccountRegistered') {
      const { userId, email, displayName, roles } = event.data as AccountRegistered['data'];
      return {
        _id: userId,
        email,
        displayName,
        roles,
        emailVerified: false,
        disabled: false,
        createdAt: event.metadata.occurredAt,
      };
    }
    if (!doc) return null;
    const { _position, ...rest } = doc;
    const data = event.data as { role?: Role };
    switch (event.type) {
      case 'EmailVerified':
        return { ...rest, emailVerified: true };
      case 'RoleGranted':
        return { ...rest, roles: [...rest.roles.filter((r) => r !== data.role), data.role!] };
      case 'RoleRevoked':
        return { ...rest, roles: rest.roles.filter((r) => r !== data.role) };
      case 'AccountDisabled':
        return { ...rest, disabled: true };
      case 'AccountEnabled':
        return { ...rest, disabled: false };
      case 'LoginSucceeded':
        return { ...rest, lastLoginAt: event.metadata.occurredAt };
      default:
        return doc;
    }
  },
});
