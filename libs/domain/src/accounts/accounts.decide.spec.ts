import { type Actor, scenario } from '../kernel';
import type { AccountCommand } from './accounts.commands';
import type { AccountEvent } from './accounts.events';
import { accountDecider } from './account.decider';
import { LOCKOUT } from './account.decide';
import { emailClaimDecider } from './email-claim';
import { normalizeEmail } from './accounts.streams';

const now = new Date('2030-01-01T12:00:00Z');
const self: Actor = { userId: 'u1', roles: ['attendee'] };
const admin: Actor = { userId: 'a1', roles: ['admin'] };
const cmd = <T extends AccountCommand['type']>(
  type: T,
  data: Extract<AccountCommand, { type: T }>['data'],
  actor = self,
  at = now,
) => ({ type, data, metadata: { now: at, actor } }) as Extract<AccountCommand, { type: T }>;
const registered: AccountEvent[] = [
  {
    type: 'AccountRegistered',
    data: { userId: 'u1', email: 'ann@example.com', displayName: 'Ann', passwordHash: 'h1', roles: ['attendee'] },
  },
  { type: 'EmailVerificationIssued', data: { userId: 'u1', tokenHash: 'v1', expiresAt: '2030-01-02T12:00:00.000Z' } },
];
const account = scenario(accountDecider);

describe('accounts', () => {
  it('registers with the attendee role and issues a verification', () => {
    account
      .given([])
      .when(
        cmd('RegisterAccount', {
          userId: 'u1',
          email: 'ann@example.com',
          displayName: 'Ann',
          passwordHash: 'h1',
          verificationHash: 'v1',
          verificationTtlSeconds: 86_400,
        }),
      )
      .then(registered);
  });

  it('verifies the e-mail with the current token once, and refuses used, forged or expired ones', () => {
    account
      .given(registered)
      .when(cmd('VerifyEmail', { userId: 'u1', tokenHash: 'v1' }))
      .then([{ type: 'EmailVerified', data: { userId: 'u1', email: 'ann@example.com' } }]);
    account
      .given([...registered, { type: 'EmailVerified', data: { userId: 'u1', email: 'ann@example.com' } }])
      .when(cmd('VerifyEmail', { userId: 'u1', tokenHash: 'v1' }))
      .thenFails('accounts.token-invalid');
    account
      .given(registered)
      .when(cmd('VerifyEmail', { userId: 'u1', tokenHash: 'forged' }))
      .thenFails('accounts.token-invalid');
    account
      .given(registered)
      .when(cmd('VerifyEmail', { userId: 'u1', tokenHash: 'v1' }, self, new Date('2030-01-03T00:00:00Z')))
      .thenFails('accounts.token-invalid');
  });

  it('a newer verification replaces the older link', () => {
    const reissued: AccountEvent[] = [
      ...registered,
      {
        type: 'EmailVerificationIssued',
        data: { userId: 'u1', tokenHash: 'v2', expiresAt: '2030-01-02T12:00:00.000Z' },
      },
    ];
    account
      .given(reissued)
      .when(cmd('VerifyEmail', { userId: 'u1', tokenHash: 'v1' }))
      .thenFails('accounts.token-invalid');
  });

  it('resets the password with a valid token only once', () => {
    const issued: AccountEvent[] = [
      ...registered,
      { type: 'PasswordResetIssued', data: { userId: 'u1', tokenHash: 'r1', expiresAt: '2030-01-01T13:00:00.000Z' } },
    ];
    account
      .given(issued)
      .when(cmd('ResetPassword', { userId: 'u1', tokenHash: 'r1', passwordHash: 'h2' }))
      .then([{ type: 'PasswordChanged', data: { userId: 'u1', passwordHash: 'h2', reason: 'reset' } }]);
    account
      .given([...issued, { type: 'PasswordChanged', data: { userId: 'u1', passwordHash: 'h2', reason: 'reset' } }])
      .when(cmd('ResetPassword', { userId: 'u1', tokenHash: 'r1', passwordHash: 'h3' }))
      .thenFails('accounts.token-invalid');
  });

  it('records failed logins and locks the account after five within the window', () => {
    const failures: AccountEvent[] = Array.from({ length: LOCKOUT.failures - 1 }, (_, i) => ({
      type: 'LoginFailed',
      data: {
        userId: 'u1',
        ip: '1.2.3.4',
        reason: 'bad-password',
        at: new Date(now.getTime() - (i + 1) * 60_000).toISOString(),
      },
    }));
    account
      .given([...registered, ...failures])
      .when(cmd('RecordLogin', { userId: 'u1', sessionId: 's1', passwordOk: false, ip: '1.2.3.4', device: 'test' }))
      .then([
        { type: 'LoginFailed', data: { userId: 'u1', ip: '1.2.3.4', reason: 'bad-password', at: now.toISOString() } },
        { type: 'AccountLocked', data: { userId: 'u1', until: '2030-01-01T12:15:00.000Z', failures: 5 } },
      ]);
    const locked: AccountEvent[] = [
      ...registered,
      { type: 'AccountLocked', data: { userId: 'u1', until: '2030-01-01T12:15:00.000Z', failures: 5 } },
    ];
    account
      .given(locked)
      .when(cmd('RecordLogin', { userId: 'u1', sessionId: 's1', passwordOk: true, ip: 'x', device: 'd' }))
      .then([{ type: 'LoginFailed', data: { userId: 'u1', ip: 'x', reason: 'locked', at: now.toISOString() } }]);
    account
      .given(locked)
      .when(
        cmd(
          'RecordLogin',
          { userId: 'u1', sessionId: 's1', passwordOk: true, ip: 'x', device: 'd' },
          self,
          new Date('2030-01-01T12:16:00Z'),
        ),
      )
      .then([{ type: 'LoginSucceeded', data: { userId: 'u1', sessionId: 's1', ip: 'x', device: 'd' } }]);
  });

  it('lets only admins grant and revoke roles, and not their own admin role', () => {
    account
      .given(registered)
      .when(cmd('GrantRole', { userId: 'u1', role: 'organizer' }))
      .thenFails('accounts.admin-only');
    account
      .given(registered)
      .when(cmd('GrantRole', { userId: 'u1', role: 'organizer' }, admin))
      .then([{ type: 'RoleGranted', data: { userId: 'u1', role: 'organizer', by: 'a1' } }]);
    account
      .given(registered)
      .when(cmd('GrantRole', { userId: 'u1', role: 'attendee' }, admin))
      .then([]);
    const adminAccount: AccountEvent[] = [
      {
        type: 'AccountRegistered',
        data: { userId: 'a1', email: 'a@x.io', displayName: 'A', passwordHash: 'h', roles: ['attendee', 'admin'] },
      },
    ];
    account
      .given(adminAccount)
      .when(cmd('RevokeRole', { userId: 'a1', role: 'admin' }, admin))
      .thenFails('accounts.own-admin-role');
  });

  it('records a login attempt on a disabled account as failed', () => {
    account
      .given([...registered, { type: 'AccountDisabled', data: { userId: 'u1', by: 'a1', reason: 'abuse' } }])
      .when(cmd('RecordLogin', { userId: 'u1', sessionId: 's1', passwordOk: true, ip: 'x', device: 'd' }))
      .then([{ type: 'LoginFailed', data: { userId: 'u1', ip: 'x', reason: 'disabled', at: now.toISOString() } }]);
  });
});

describe('e-mail uniqueness', () => {
  const claim = (userId: string) => ({
    type: 'ClaimEmail' as const,
    data: { email: 'ann@example.com', userId },
    metadata: { now, actor: self },
  });
  it('lets the first claim win and refuses others', () => {
    scenario(emailClaimDecider)
      .given([])
      .when(claim('u1'))
      .then([{ type: 'EmailClaimed', data: { email: 'ann@example.com', userId: 'u1' } }]);
    scenario(emailClaimDecider)
      .given([{ type: 'EmailClaimed', data: { email: 'ann@example.com', userId: 'u1' } }])
      .when(claim('u2'))
      .thenFails('accounts.email-taken');
  });
  it('normalizes case, width and Unicode composition', () => {
    expect(normalizeEmail('  Ann@Example.COM ')).toBe('ann@example.com');
    expect(normalizeEmail('Ame\u0301lie@example.com')).toBe(normalizeEmail('Am\u00e9lie@EXAMPLE.com'));
    expect(normalizeEmail('ａｎｎ@example.com')).toBe('ann@example.com');
  });
});

describe('changing the password', () => {
  it('needs the current password and the holder', () => {
    const change = (currentPasswordOk: boolean, actor = self) =>
      cmd('ChangePassword', { userId: 'u1', currentPasswordOk, passwordHash: 'h9' }, actor);
    account
      .given(registered)
      .when(change(true))
      .then([{ type: 'PasswordChanged', data: { userId: 'u1', passwordHash: 'h9', reason: 'change' } }]);
    account.given(registered).when(change(false)).thenFails('accounts.wrong-password');
    account.given(registered).when(change(true, admin)).thenFails('accounts.not-yours');
  });
});
