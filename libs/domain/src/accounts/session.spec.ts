import { type Actor, scenario } from '../kernel';
import type { SessionCommand } from './accounts.commands';
import type { SessionEvent } from './accounts.events';
import { sessionDecider } from './session';

const now = new Date('2030-01-01T12:00:00Z');
const owner: Actor = { userId: 'u1', roles: ['attendee'] };
const cmd = <T extends SessionCommand['type']>(
  type: T,
  data: Extract<SessionCommand, { type: T }>['data'],
  at = now,
  actor = owner,
) => ({ type, data, metadata: { now: at, actor } }) as Extract<SessionCommand, { type: T }>;
const started: SessionEvent[] = [
  {
    type: 'SessionStarted',
    data: {
      sessionId: 's1',
      userId: 'u1',
      refreshHash: 'r1',
      ip: 'ip',
      device: 'dev',
      absoluteExpiresAt: '2030-01-31T12:00:00.000Z',
      idleExpiresAt: '2030-01-08T12:00:00.000Z',
    },
  },
];
const rotated: SessionEvent[] = [
  ...started,
  {
    type: 'RefreshRotated',
    data: { sessionId: 's1', fromHash: 'r1', toHash: 'r2', idleExpiresAt: '2030-01-08T12:00:00.000Z' },
  },
];
const session = scenario(sessionDecider);
const rotate = (presentedHash: string, at = now) =>
  cmd('RotateRefresh', { sessionId: 's1', presentedHash, newHash: 'next', idleTtlSeconds: 7 * 86_400 }, at);

describe('sessions and rotating refresh tokens', () => {
  it('rotates the current token', () => {
    session
      .given(started)
      .when(rotate('r1'))
      .then([
        {
          type: 'RefreshRotated',
          data: { sessionId: 's1', fromHash: 'r1', toHash: 'next', idleExpiresAt: '2030-01-08T12:00:00.000Z' },
        },
      ]);
  });

  it('treats a consumed token as theft: records the reuse and ends the whole family', () => {
    session
      .given(rotated)
      .when(rotate('r1'))
      .then([
        { type: 'RefreshReuseDetected', data: { sessionId: 's1', userId: 'u1', reusedHash: 'r1' } },
        { type: 'SessionEnded', data: { sessionId: 's1', userId: 'u1', reason: 'reuse', by: 'system:refresh' } },
      ]);
  });

  it('refuses an unknown token and any token of an ended session', () => {
    session.given(started).when(rotate('forged')).thenFails('accounts.refresh-invalid');
    session
      .given([
        ...rotated,
        { type: 'SessionEnded', data: { sessionId: 's1', userId: 'u1', reason: 'logout', by: 'u1' } },
      ])
      .when(rotate('r2'))
      .thenFails('accounts.refresh-invalid');
    session.given([]).when(rotate('r1')).thenFails('accounts.refresh-invalid');
  });

  it('ends the session past its idle or absolute lifetime', () => {
    session
      .given(started)
      .when(rotate('r1', new Date('2030-01-09T00:00:00Z')))
      .then([
        { type: 'SessionEnded', data: { sessionId: 's1', userId: 'u1', reason: 'expired', by: 'system:refresh' } },
      ]);
  });

  it('never extends the idle expiry past the absolute one', () => {
    const late = new Date('2030-01-30T12:00:00Z');
    const nearEnd: SessionEvent[] = [
      ...started,
      {
        type: 'RefreshRotated',
        data: { sessionId: 's1', fromHash: 'r1', toHash: 'r2', idleExpiresAt: '2030-01-31T12:00:00.000Z' },
      },
    ];
    session
      .given(nearEnd)
      .when(rotate('r2', late))
      .then([
        {
          type: 'RefreshRotated',
          data: { sessionId: 's1', fromHash: 'r2', toHash: 'next', idleExpiresAt: '2030-01-31T12:00:00.000Z' },
        },
      ]);
  });

  it('lets the owner or an admin end it, and hides it from others', () => {
    session
      .given(started)
      .when(cmd('EndSession', { sessionId: 's1', reason: 'logout' }))
      .then([{ type: 'SessionEnded', data: { sessionId: 's1', userId: 'u1', reason: 'logout', by: 'u1' } }]);
    session
      .given(started)
      .when(cmd('EndSession', { sessionId: 's1', reason: 'revoked' }, now, { userId: 'u2', roles: ['attendee'] }))
      .thenFails('accounts.session-not-found');
    session
      .given(started)
      .when(cmd('EndSession', { sessionId: 's1', reason: 'revoked' }, now, { userId: 'a', roles: ['admin'] }))
      .then([{ type: 'SessionEnded', data: { sessionId: 's1', userId: 'u1', reason: 'revoked', by: 'a' } }]);
  });
});
