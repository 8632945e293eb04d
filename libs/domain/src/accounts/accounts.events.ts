import { type DomainEvent, type EventVersions, type PersonalDataDeclaration, type Role, eventSchema } from '../kernel';

/** Secrets never enter the log: tokens and passwords are stored as hashes only. */
export type AccountRegistered = DomainEvent<
  'AccountRegistered',
  { userId: string; email: string; displayName: string; passwordHash: string; roles: Role[] }
>;
export type EmailVerificationIssued = DomainEvent<
  'EmailVerificationIssued',
  { userId: string; tokenHash: string; expiresAt: string }
>;
export type EmailVerified = DomainEvent<'EmailVerified', { userId: string; email: string }>;
export type PasswordResetIssued = DomainEvent<
  'PasswordResetIssued',
  { userId: string; tokenHash: string; expiresAt: string }
>;
export type PasswordChanged = DomainEvent<
  'PasswordChanged',
  { userId: string; passwordHash: string; reason: 'reset' | 'change' }
>;
export type RoleGranted = DomainEvent<'RoleGranted', { userId: string; role: Role; by: string }>;
export type RoleRevoked = DomainEvent<'RoleRevoked', { userId: string; role: Role; by: string }>;
export type AccountDisabled = DomainEvent<'AccountDisabled', { userId: string; by: string; reason: string }>;
export type AccountEnabled = DomainEvent<'AccountEnabled', { userId: string; by: string }>;
export type LoginSucceeded = DomainEvent<
  'LoginSucceeded',
  { userId: string; sessionId: string; ip: string; device: string }
>;
export type LoginFailed = DomainEvent<
  'LoginFailed',
  { userId: string; ip: string; reason: 'bad-password' | 'disabled' | 'locked'; at: string }
>;
export type ExternalIdentityLinked = DomainEvent<
  'ExternalIdentityLinked',
  { userId: string; provider: string; subject: string }
>;
export type AccountLocked = DomainEvent<'AccountLocked', { userId: string; until: string; failures: number }>;

export type AccountEvent =
  | AccountRegistered
  | EmailVerificationIssued
  | EmailVerified
  | PasswordResetIssued
  | PasswordChanged
  | RoleGranted
  | RoleRevoked
  | AccountDisabled
  | AccountEnabled
  | LoginSucceeded
  | LoginFailed
  | AccountLocked
  | ExternalIdentityLinked;

/** One stream per normalized address: appending EmailClaimed with no_stream makes addresses unique. */
export type EmailClaimed = DomainEvent<'EmailClaimed', { email: string; userId: string }>;

export type SessionStarted = DomainEvent<
  'SessionStarted',
  {
    sessionId: string;
    userId: string;
    refreshHash: string;
    ip: string;
    device: string;
    absoluteExpiresAt: string;
    idleExpiresAt: string;
  }
>;
export type RefreshRotated = DomainEvent<
  'RefreshRotated',
  { sessionId: string; fromHash: string; toHash: string; idleExpiresAt: string }
>;
export type RefreshReuseDetected = DomainEvent<
  'RefreshReuseDetected',
  { sessionId: string; userId: string; reusedHash: string }
>;
export type SessionEnded = DomainEvent<
  'SessionEnded',
  {
    sessionId: string;
    userId: string;
    reason: 'logout' | 'revoked' | 'reuse' | 'expired' | 'password-changed' | 'disabled';
    by: string;
  }
>;
export type SessionEvent = SessionStarted | RefreshRotated | RefreshReuseDetected | SessionEnded;

/**
 * Personal data in these events, encrypted per person by the event store (docs/personal-data.md).
 * The password hash counts: once a person is erased nobody can log in as them. Ids, token hashes
 * and times stay readable so the log still folds.
 */
export const accountsPersonalData: PersonalDataDeclaration<AccountEvent | EmailClaimed | SessionEvent> = {
  AccountRegistered: { subject: 'userId', fields: ['email', 'displayName', 'passwordHash'] },
  EmailVerified: { subject: 'userId', fields: ['email'] },
  PasswordChanged: { subject: 'userId', fields: ['passwordHash'] },
  AccountDisabled: { subject: 'userId', fields: ['reason'] },
  LoginSucceeded: { subject: 'userId', fields: ['ip', 'device'] },
  LoginFailed: { subject: 'userId', fields: ['ip'] },
  ExternalIdentityLinked: { subject: 'userId', fields: ['subject'] },
  EmailClaimed: { subject: 'userId', fields: ['email'] },
  SessionStarted: { subject: 'userId', fields: ['ip', 'device'] },
};

/** Each stream category's events with their current schema versions: a type missing here fails to compile. */
export const accountEventVersions: EventVersions<AccountEvent> = {
  AccountRegistered: 1,
  EmailVerificationIssued: 1,
  EmailVerified: 1,
  PasswordResetIssued: 1,
  PasswordChanged: 1,
  RoleGranted: 1,
  RoleRevoked: 1,
  AccountDisabled: 1,
  AccountEnabled: 1,
  LoginSucceeded: 1,
  LoginFailed: 1,
  AccountLocked: 1,
  ExternalIdentityLinked: 1,
};
export const emailClaimEventVersions: EventVersions<EmailClaimed> = { EmailClaimed: 1 };
export const sessionEventVersions: EventVersions<SessionEvent> = {
  SessionStarted: 1,
  RefreshRotated: 1,
  RefreshReuseDetected: 1,
  SessionEnded: 1,
};

/** The accounts context's one schema, shared by its three stream categories (account, email claim, session). */
export const accountsSchema = eventSchema<AccountEvent | EmailClaimed | SessionEvent>(
  {
    ...accountEventVersions,
    ...emailClaimEventVersions,
    ...sessionEventVersions,
  },
  { personal: accountsPersonalData },
);
