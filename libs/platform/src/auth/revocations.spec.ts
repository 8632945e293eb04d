import { loadConfig } from '../config/app-config';
import { RevocationFeed } from './revocation-feed';
import { Revocations } from './revocations';

describe('Revocations', () => {
  const TTL = 900_000;
  let now = Date.parse('2030-01-01T12:00:00Z');
  const list = () => new Revocations(TTL, () => now);

  it('voids every token of an ended session, and no other session', () => {
    const revocations = list();
    revocations.endSession('s1', now);
    expect(revocations.isRevoked({ sub: 'u1', sid: 's1' })).toBe(true);
    expect(revocations.isRevoked({ sub: 'u1', sid: 's2' })).toBe(false);
  });

  it('voids every token of a disabled user until the account is enabled again', () => {
    const revocations = list();
    revocations.disableUser('u1', now);
    expect(revocations.isRevoked({ sub: 'u1', sid: 's1' })).toBe(true);
    expect(revocations.isRevoked({ sub: 'u1' })).toBe(true);
    expect(revocations.isRevoked({ sub: 'u2' })).toBe(false);
    revocations.enableUser('u1');
    expect(revocations.isRevoked({ sub: 'u1', sid: 's3' })).toBe(false);
  });

  it('voids tokens that claim a revoked role, until it is granted again', () => {
    const revocations = list();
    revocations.revokeRole('u1', 'organizer', now);
    expect(revocations.isRevoked({ sub: 'u1', roles: ['attendee', 'organizer'] })).toBe(true);
    expect(revocations.isRevoked({ sub: 'u1', roles: ['attendee'] })).toBe(false);
    expect(revocations.isRevoked({ sub: 'u2', roles: ['organizer'] })).toBe(false);
    revocations.grantRole('u1', 'organizer');
    expect(revocations.isRevoked({ sub: 'u1', roles: ['attendee', 'organizer'] })).toBe(false);
  });

  it('forgets an entry once every token it could void has expired', () => {
    const revocations = list();
    revocations.endSession('s1', now);
    revocations.disableUser('u1', now);
    revocations.revokeRole('u2', 'admin', now);
    revocations.endSession('ancient', now - TTL - 120_000); // replayed from the log: already moot
    expect(revocations.size).toBe(3);
    now += TTL + 120_000;
    expect(revocations.isRevoked({ sub: 'u1', sid: 's1' })).toBe(false);
    expect(revocations.size).toBe(0);
  });

  it('keeps an entry whose time cannot be read (fails closed)', () => {
    const revocations = list();
    revocations.endSession('s1', Number.NaN);
    expect(revocations.isRevoked({ sub: 'u1', sid: 's1' })).toBe(true);
  });
});

describe('RevocationFeed.revocations', () => {
  it("keeps entries as long as any process may issue tokens, not this process's shorter TTL", () => {
    let now = Date.parse('2030-01-01T12:00:00Z');
    const revocations = RevocationFeed.revocations(loadConfig({ ACCESS_TOKEN_TTL_SECONDS: '300' }), {
      now: () => new Date(now),
    });
    // Another process issued hour-long tokens; one of its sessions ended 50 minutes ago.
    revocations.endSession('s1', now - 50 * 60_000);
    now += 20_000; // past the next prune
    expect(revocations.isRevoked({ sub: 'u1', sid: 's1' })).toBe(true);
  });
});
