import { webcrypto } from 'node:crypto';
import { PROPERTY_SEED, seededRandom } from '../testing/seeded-random';
import { TicketCodes } from '../ticket-code';
import { ticketSigningSecrets } from '../ticket-keys';
import { TicketKeyRing } from './key-ring';
import {
  admitTicketCode,
  applyChanges,
  changesSince,
  emptyRevocationList,
  isRevoked,
  revoke,
  type Revocation,
  type RevocationChanges,
} from './revocations';

const EVENT = 'a3c1e3b2-1b7e-4c55-9a7b-1f1e0c7d2a10';
const T1 = '0193a1f2-7c4d-7e11-9a2b-3c4d5e6f7a8b';
const T2 = '0193a1f2-7c4d-7e11-9a2b-3c4d5e6f7a8c';
const AT = '2026-12-05T10:00:00.000Z';
const reissued = (ticketId: string, reissue: number): Revocation => ({ ticketId, reissue, reason: 'reissued', at: AT });
const cancelled = (ticketId: string, reissue: number): Revocation => ({
  ticketId,
  reissue,
  reason: 'cancelled',
  at: AT,
});

describe('revocation list', () => {
  it('revokes a code and every older code of the ticket, not the newer one', () => {
    const list = revoke(emptyRevocationList(EVENT), [reissued(T1, 1)]);

    expect(isRevoked(list, T1, 0)).toBeDefined();
    expect(isRevoked(list, T1, 1)).toMatchObject({ reason: 'reissued', version: 1 });
    expect(isRevoked(list, T1, 2)).toBeUndefined();
    expect(isRevoked(list, T2, 0)).toBeUndefined();
  });

  it('moves its version by one per effective revocation and is idempotent when run twice', () => {
    const batch = [reissued(T1, 0), reissued(T2, 0), cancelled(T1, 1)];
    const once = revoke(emptyRevocationList(EVENT), batch);
    const twice = revoke(once, batch);

    expect(once.version).toBe(3);
    expect(twice).toBe(once);
    expect(revoke(once, [reissued(T1, 0)])).toBe(once);
    expect(isRevoked(once, T1, 1)).toMatchObject({ reason: 'cancelled', version: 3 });
  });

  it('leaves the list it was given unchanged', () => {
    const before = revoke(emptyRevocationList(EVENT), [reissued(T1, 0)]);
    revoke(before, [cancelled(T1, 1), reissued(T2, 0)]);

    expect(before.version).toBe(1);
    expect([...before.byTicket.keys()]).toEqual([T1]);
  });

  it('gives a scanner the changes since its version, and a scanner that applies them holds the same list', () => {
    const server = revoke(emptyRevocationList(EVENT), [reissued(T1, 0), reissued(T2, 0), cancelled(T1, 1)]);
    const scannerAt1 = applyChanges(emptyRevocationList(EVENT), changesSince(server, 0));
    expect(scannerAt1).toMatchObject({ ok: true, list: { version: 3 } });

    const changes = changesSince(server, 1);
    // T1's first entry (version 1) was superseded by its cancellation (version 3).
    expect(changes).toMatchObject({ from: 1, to: 3 });
    expect(changes.entries.map((e) => [e.ticketId, e.version])).toEqual([
      [T2, 2],
      [T1, 3],
    ]);

    const partial = revoke(emptyRevocationList(EVENT), [reissued(T1, 0)]);
    const synced = applyChanges(partial, changes);
    expect(synced.ok && [synced.list.version, isRevoked(synced.list, T1, 1)?.reason]).toEqual([3, 'cancelled']);
    // Applying the same batch again changes nothing.
    const again = synced.ok ? applyChanges(synced.list, changes) : synced;
    expect(again.ok && again.list.version).toBe(3);
    expect(again.ok && Object.fromEntries(again.list.byTicket)).toEqual(Object.fromEntries(server.byTicket));
  });

  it('refuses a batch that leaves a gap or belongs to another event', () => {
    const server = revoke(emptyRevocationList(EVENT), [reissued(T1, 0), reissued(T2, 0)]);

    expect(applyChanges(emptyRevocationList(EVENT), changesSince(server, 1))).toEqual({ ok: false, reason: 'gap' });
    expect(applyChanges(emptyRevocationList('other'), changesSince(server, 0))).toEqual({
      ok: false,
      reason: 'other-event',
    });
  });

  it('answers an empty batch to a scanner that is up to date, or claims a version beyond the list', () => {
    const server = revoke(emptyRevocationList(EVENT), [reissued(T1, 0)]);
    expect(changesSince(server, 1)).toEqual({ eventId: EVENT, from: 1, to: 1, entries: [] });
    expect(changesSince(server, 9)).toEqual({ eventId: EVENT, from: 1, to: 1, entries: [] });
  });
});

describe('admitTicketCode', () => {
  const codes = new TicketCodes(ticketSigningSecrets(1, new Map([[1, new Uint8Array(32).fill(7)]])));
  const keys = new TicketKeyRing(codes.publicKeys(EVENT), webcrypto.subtle);

  it('says valid, revoked or invalid from the signature and the list together', async () => {
    const list = revoke(emptyRevocationList(EVENT), [reissued(T1, 0)]);
    const old = codes.issue({ eventId: EVENT, ticketId: T1, reissue: 0 });
    const current = codes.issue({ eventId: EVENT, ticketId: T1, reissue: 1 });

    expect(await admitTicketCode(current, keys, list)).toMatchObject({ status: 'valid', ticket: { reissue: 1 } });
    expect(await admitTicketCode(old, keys, list)).toMatchObject({
      status: 'revoked',
      revocation: { reason: 'reissued', version: 1 },
    });
    expect(await admitTicketCode('NOT-A-CODE', keys, list)).toEqual({ status: 'invalid', reason: 'bad-format' });
  });

  it('refuses a cancelled ticket', async () => {
    const list = revoke(emptyRevocationList(EVENT), [cancelled(T2, 0)]);
    const code = codes.issue({ eventId: EVENT, ticketId: T2, reissue: 0 });
    expect(await admitTicketCode(code, keys, list)).toMatchObject({
      status: 'revoked',
      revocation: { reason: 'cancelled' },
    });
  });
});

describe('revocation list sync, over random histories', () => {
  it('a scanner that syncs at random moments (repeating and reordering batches) ends with the server list', () => {
    const random = seededRandom(PROPERTY_SEED);
    for (let history = 0; history < 200; history++) {
      const tickets = Array.from(
        { length: random.int(1, 6) },
        (_, i) => `0193a1f2-7c4d-7e11-9a2b-${String(i).padStart(12, '0')}`,
      );
      const highest = new Map<string, number>(); // the model: the highest counter ever revoked per ticket
      let server = emptyRevocationList(EVENT);
      let scanner = emptyRevocationList(EVENT);
      const fetched: RevocationChanges[] = [];
      for (let step = 0; step < 30; step++) {
        if (random.next() < 0.6) {
          const batch = Array.from({ length: random.int(1, 3) }, () => ({
            ticketId: random.pick(tickets),
            reissue: random.int(0, 4),
            reason: random.pick(['reissued', 'cancelled'] as const),
            at: AT,
          }));
          for (const r of batch) highest.set(r.ticketId, Math.max(highest.get(r.ticketId) ?? -1, r.reissue));
          server = revoke(server, batch);
        } else {
          // A fresh fetch from the scanner's version, or an old batch delivered again.
          const changes =
            fetched.length > 0 && random.next() < 0.3 ? random.pick(fetched) : changesSince(server, scanner.version);
          fetched.push(changes);
          const applied = applyChanges(scanner, changes);
          if (applied.ok) {
            expect(applied.list.version).toBeGreaterThanOrEqual(scanner.version); // an old batch never moves it back
            scanner = applied.list;
          }
        }
      }
      const last = applyChanges(scanner, changesSince(server, scanner.version));
      expect(last.ok).toBe(true);
      if (!last.ok) return;
      expect({ history, version: last.list.version }).toEqual({ history, version: server.version });
      expect(Object.fromEntries(last.list.byTicket)).toEqual(Object.fromEntries(server.byTicket));
      for (const ticket of tickets)
        for (let reissue = 0; reissue <= 5; reissue++)
          expect(Boolean(isRevoked(server, ticket, reissue))).toBe(reissue <= (highest.get(ticket) ?? -1));
      expect(server.version).toBe(
        server.byTicket.size === 0 ? 0 : Math.max(...[...server.byTicket.values()].map((e) => e.version)),
      );
    }
  });
});
