import { type Actor, DomainError, assertNever, hasRole } from '../kernel';
import type { AccountCommand, RecordLogin } from './accounts.commands';
import type { AccountEvent } from './accounts.events';
import type { AccountState } from './account.state';

export const LOCKOUT = { failures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 } as const;
type Existing = Exclude<AccountState, { status: 'none' }>;
const at = (now: Date, seconds: number) => new Date(now.getTime() + seconds * 1000).toISOString();

export function decideAccount(command: AccountCommand, state: AccountState): AccountEvent[] {
  const { now, actor } = command.metadata;
  if (command.type === 'RegisterAccount') {
    if (state.status !== 'none') throw DomainError.conflict('accounts.exists', 'This account already exists');
    const { userId, email, displayName, passwordHash, verificationHash, verificationTtlSeconds } = command.data;
    return [
      { type: 'AccountRegistered', data: { userId, email, displayName, passwordHash, roles: ['attendee'] } },
      {
        type: 'EmailVerificationIssued',
        data: { userId, tokenHash: verificationHash, expiresAt: at(now, verificationTtlSeconds) },
      },
    ];
  }
  if (state.status === 'none') throw DomainError.notFound('accounts.not-found', 'No such account');
  const userId = state.userId;
  switch (command.type) {
    case 'IssueEmailVerification':
      if (state.emailVerified) return [];
      return [
        {
          type: 'EmailVerificationIssued',
          data: { userId, tokenHash: command.data.tokenHash, expiresAt: at(now, command.data.ttlSeconds) },
        },
      ];
    case 'VerifyEmail':
      requireSecret(state.verification, command.data.tokenHash, now);
      return [{ type: 'EmailVerified', data: { userId, email: state.email } }];
    case 'IssuePasswordReset':
      if (state.status === 'disabled') return [];
      return [
        {
          type: 'PasswordResetIssued',
          data: { userId, tokenHash: command.data.tokenHash, expiresAt: at(now, command.data.ttlSeconds) },
        },
      ];
    case 'ResetPassword':
      requireSecret(state.reset, command.data.tokenHash, now);
      return [{ type: 'PasswordChanged', data: { userId, passwordHash: command.data.passwordHash, reason: 'reset' } }];
    case 'ChangePassword':
      if (command.data.userId !== actor.userId)
        throw DomainError.forbidden('accounts.not-yours', 'Only the account holder changes the password');
      if (!command.data.currentPasswordOk)
        throw DomainError.validation('accounts.wrong-password', 'The current password is wrong', {
          field: 'currentPassword',
        });
      return [{ type: 'PasswordChanged', data: { userId, passwordHash: command.data.passwordHash, reason: 'change' } }];
    case 'RecordLogin':
      return recordLogin(command, state);
    case 'GrantRole':
      requireAdmin(actor);
      return state.roles.includes(command.data.role)
        ? []
        : [{ type: 'RoleGranted', data: { userId, role: command.data.role, by: actor.userId } }];
    case 'RevokeRole':
      requireAdmin(actor);
      if (command.data.role === 'admin' && actor.userId === userId) {
        throw DomainError.conflict('accounts.own-admin-role', 'Admins cannot revoke their own admin role');
      }
      return state.roles.includes(command.data.role)
        ? [{ type: 'RoleRevoked', data: { userId, role: command.data.role, by: actor.userId } }]
        : [];
    case 'DisableAccount':
      requireAdmin(actor);
      if (actor.userId === userId)
        throw DomainError.conflict('accounts.disable-self', 'Admins cannot disable their own account');
      return state.status === 'disabled'
        ? []
        : [{ type: 'AccountDisabled', data: { userId, by: actor.userId, reason: command.data.reason } }];
    case 'LinkExternalIdentity': {
      const { provider, subject } = command.data;
      if (state.externalIds.includes(`${provider}:${subject}`)) return [];
      return [{ type: 'ExternalIdentityLinked', data: { userId, provider, subject } }];
    }
    case 'EnableAccount':
      requireAdmin(actor);
      return state.status === 'active' ? [] : [{ type: 'AccountEnabled', data: { userId, by: actor.userId } }];
    default:
      return assertNever(command);
  }
}

/** Records every attempt; five bad passwords within 15 minutes lock the account for 15 minutes. */
function recordLogin({ data, metadata }: RecordLogin, state: Existing): AccountEvent[] {
  const { userId } = state;
  const now = metadata.now.getTime();
  const failed = (reason: 'bad-password' | 'disabled' | 'locked'): AccountEvent => ({
    type: 'LoginFailed',
    data: { userId, ip: data.ip, reason, at: metadata.now.toISOString() },
  });
  if (state.status === 'disabled') return [failed('disabled')];
  if (state.lockedUntil > now) return [failed('locked')];
  if (data.passwordOk)
    return [{ type: 'LoginSucceeded', data: { userId, sessionId: data.sessionId, ip: data.ip, device: data.device } }];
  const recent = state.failures.filter((t) => t > now - LOCKOUT.windowMs).length + 1;
  const events: AccountEvent[] = [failed('bad-password')];
  if (recent >= LOCKOUT.failures) {
    events.push({
      type: 'AccountLocked',
      data: { userId, until: new Date(now + LOCKOUT.lockMs).toISOString(), failures: recent },
    });
  }
  return events;
}

function requireSecret(secret: { hash: string; expiresAt: number } | undefined, presented: string, now: Date): void {
  // Used, expired, replaced or forged tokens all get the same answer.
  if (!secret || secret.hash !== presented || secret.expiresAt <= now.getTime()) {
    throw DomainError.validation('accounts.token-invalid', 'This link is invalid or has expired');
  }
}

function requireAdmin(actor: Actor): void {
  if (!hasRole(actor, 'admin')) throw DomainError.forbidden('accounts.admin-only', 'Only admins manage accounts');
}
