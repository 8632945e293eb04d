import { type Role, accountsContext } from '@booking/domain';
import { changed, defineProjection, type Projected } from '../projection';

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

export const accountsProjection = defineProjection<AccountDoc>()({
  name: 'accounts',
  version: 1,
  reads: [accountsContext],
  ignores: [
    'EmailVerificationIssued',
    'PasswordResetIssued',
    'PasswordChanged',
    'LoginFailed',
    'AccountLocked',
    'ExternalIdentityLinked',
    'EmailClaimed',
    'SessionStarted',
    'RefreshRotated',
    'RefreshReuseDetected',
    'SessionEnded',
  ],
  keyOf: (event) => event.data.userId,
  indexes: [{ keys: { email: 1 } }],
  on: {
    AccountRegistered: (_doc, { data, metadata }) => ({
      _id: data.userId,
      email: data.email,
      displayName: data.displayName,
      roles: data.roles,
      emailVerified: false,
      disabled: false,
      createdAt: metadata.occurredAt,
    }),
    EmailVerified: (doc) => changed(doc, (rest) => ({ ...rest, emailVerified: true })),
    RoleGranted: (doc, { data }) =>
      changed(doc, (rest) => ({ ...rest, roles: [...rest.roles.filter((r) => r !== data.role), data.role] })),
    RoleRevoked: (doc, { data }) =>
      changed(doc, (rest) => ({ ...rest, roles: rest.roles.filter((r) => r !== data.role) })),
    AccountDisabled: (doc) => changed(doc, (rest) => ({ ...rest, disabled: true })),
    AccountEnabled: (doc) => changed(doc, (rest) => ({ ...rest, disabled: false })),
    LoginSucceeded: (doc, { metadata }) => changed(doc, (rest) => ({ ...rest, lastLoginAt: metadata.occurredAt })),
  },
});
