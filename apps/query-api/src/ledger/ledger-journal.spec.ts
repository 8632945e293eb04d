import type { ContentVersion, LedgerDoc, LedgerEntry, ReadModelDirectory } from '@booking/projections';
import { MemoryReadStore } from '@booking/read-store';
import type { ReadModels } from '../http/read-models';
import { LedgerJournal, countUpTo } from './ledger-journal';

const entry = (
  position: number,
  at = `2030-01-01T00:00:${String(position % 60).padStart(2, '0')}.000Z`,
): LedgerEntry => ({
  entryId: `e${position}`,
  eventType: 'PaymentSucceeded',
  bookingId: 'b',
  stream: 'payment-p',
  position,
  occurredAt: at,
  currency: 'EUR',
  description: '',
  lines: [
    { account: 'assets:provider:test-mode', debit: 100, credit: 0 },
    { account: 'liabilities:buyer-funds', debit: 0, credit: 100 },
  ],
});
const doc = (id: string, entries: LedgerEntry[]): LedgerDoc => ({
  _id: id,
  _position: entries.at(-1)!.position,
  bookingId: id,
  payments: {},
  refunds: {},
  entries,
  firstPosition: entries[0]!.position,
  lastPosition: entries.at(-1)!.position,
});

describe('the ledger journal kept in the query process', () => {
  let store: MemoryReadStore;
  let version: ContentVersion | undefined;
  let journal: LedgerJournal;
  const directory = { version: async () => version } as unknown as ReadModelDirectory;
  const readModels = {
    collection: async () => {
      throw new Error('503: still being built');
    },
  } as unknown as ReadModels;

  beforeEach(() => {
    store = new MemoryReadStore();
    journal = new LedgerJournal(store, directory, readModels);
  });

  it('adds only what the read model holds up to its checkpoint, in log order, and catches up later', async () => {
    const ledger = store.collection<LedgerDoc>('ledger_v1');
    await ledger.insertOne(doc('b1', [entry(3), entry(9)]));
    await ledger.insertOne(doc('b2', [entry(5)]));
    version = { collection: 'ledger_v1', changedAt: 9n, position: 6n };
    expect((await journal.upToCut({})).map((e) => e.position)).toEqual([3, 5]); // 9 is past the checkpoint
    version = { collection: 'ledger_v1', changedAt: 12n, position: 12n };
    await ledger.replaceOne({ _id: 'b2' }, doc('b2', [entry(5), entry(12)]));
    await ledger.insertOne(doc('b3', [entry(11)]));
    expect((await journal.upToCut({})).map((e) => e.position)).toEqual([3, 5, 9, 11, 12]);
    expect((await journal.upToCut({ position: 10 })).map((e) => e.position)).toEqual([3, 5, 9]);
    expect((await journal.upToCut({ asOf: '2030-01-01T00:00:10.000Z' })).map((e) => e.position)).toEqual([3, 5, 9]);
    // The checkpoint moves on without a ledger write: nothing is read, nothing added.
    const read = jest.spyOn(store, 'collection');
    version = { collection: 'ledger_v1', changedAt: 12n, position: 20n };
    expect(await journal.upToCut({})).toHaveLength(5);
    expect(read).not.toHaveBeenCalled();
  });

  it('starts again when the read model was rebuilt into another collection, and says so while it is built', async () => {
    await store.collection<LedgerDoc>('ledger_v1').insertOne(doc('b1', [entry(3)]));
    version = { collection: 'ledger_v1', changedAt: 3n, position: 3n };
    expect(await journal.upToCut({})).toHaveLength(1);
    await store.collection<LedgerDoc>('ledger_v2').insertOne(doc('b9', [entry(2)]));
    version = { collection: 'ledger_v2', changedAt: 2n, position: 2n };
    expect((await journal.upToCut({})).map((e) => e.entryId)).toEqual(['e2']);
    version = undefined;
    await expect(journal.upToCut({})).rejects.toThrow(/still being built/);
  });

  it('counts the entries at or before a position by binary search', () => {
    const entries = [1, 4, 4, 7].map((p) => entry(p));
    expect([0, 1, 3, 4, 6, 7, 99].map((p) => countUpTo(entries, p))).toEqual([0, 1, 1, 3, 3, 4, 4]);
  });
});
