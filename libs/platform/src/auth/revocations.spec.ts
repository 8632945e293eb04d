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
});
