import type { DomainCommand, Role } from '../kernel';

export type RegisterAccount = DomainCommand<
  'RegisterAccount',
  {
    userId: string;
    email: string;
    displayName: string;
    passwordHash: string;
    verificationHash: string;
    verificationTtlSeconds: number;
  }
>;
export type IssueEmailVerification = DomainCommand<
  'IssueEmailVerification',
  { userId: string; tokenHash: string; ttlSeconds: number }
>;
export type VerifyEmail = DomainCommand<'VerifyEmail', { userId: string; tokenHash: string }>;
export type IssuePasswordReset = DomainCommand<
  'IssuePasswordReset',
  { userId: string; tokenHash: string; ttlSeconds: number }
>;
/** The current password was checked outside the domain (argon2). */
export type ChangePassword = DomainCommand<
  'ChangePassword',
  { userId: string; currentPasswordOk: boolean; passwordHash: string }
>;
export type ResetPassword = DomainCommand<'ResetPassword', { userId: string; tokenHash: string; passwordHash: string }>;
/** The password was checked outside the domain (argon2); the decider records the outcome and throttles. */
export type RecordLogin = DomainCommand<
  'RecordLogin',
  { userId: string; sessionId: string; passwordOk: boolean; ip: string; device: string }
>;
export type GrantRole = DomainCommand<'GrantRole', { userId: string; role: Role }>;
export type RevokeRole = DomainCommand<'RevokeRole', { userId: string; role: Role }>;
export type DisableAccount = DomainCommand<'DisableAccount', { userId: string; reason: string }>;
export type EnableAccount = DomainCommand<'EnableAccount', { userId: string }>;

/** A provider vouched for this account's verified address; sign-ins through it are then accepted. */
export type LinkExternalIdentity = DomainCommand<
  'LinkExternalIdentity',
  { userId: string; provider: string; subject: string }
>;

export type AccountCommand =
  | RegisterAccount
  | IssueEmailVerification
  | VerifyEmail
  | IssuePasswordReset
  | ResetPassword
  | ChangePassword
  | RecordLogin
  | GrantRole
  | RevokeRole
  | DisableAccount
  | EnableAccount
  | LinkExternalIdentity;

export type ClaimEmail = DomainCommand<'ClaimEmail', { email: string; userId: string }>;

export type StartSession = DomainCommand<
  'StartSession',
  {
    sessionId: string;
    userId: string;
    refreshHash: string;
    ip: string;
    device: string;
    absoluteTtlSeconds: number;
    idleTtlSeconds: number;
  }
>;
export type RotateRefresh = DomainCommand<
  'RotateRefresh',
  { sessionId: string; presentedHash: string; newHash: string; idleTtlSeconds: number }
>;
export type EndSession = DomainCommand<'EndSession', { sessionId: string; reason: SessionEndReason }>;
export type SessionEndReason = 'logout' | 'revoked' | 'password-changed' | 'disabled';
export type SessionCommand = StartSession | RotateRefresh | EndSession;
