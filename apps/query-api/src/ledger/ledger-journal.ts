import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { READ_MODEL_DIRECTORY, type LedgerDoc, type LedgerEntry, type ReadModelDirectory } from '@booking/projections';
import { READ_STORE, type ReadStore } from '@booking/read-store';
import { ReadModels } from '../http/read-models';
import type { LedgerCut } from './ledger.request';

/**
 * The whole journal in log order, kept in this process and brought up to date before each use
 * (docs/ledger.md, "Speed"). Entries are only ever added to the ledger, each at its event's
 * position, so an update reads just the bookings written since the last one (`lastPosition`
 * index) and appends their newer entries; a cut is then a binary search (position) or one pass
 * (time) over an array, not a read of every booking. The read model's `version` says up to which
 * checkpoint the collection holds every event, so no entry at or below it can be missed; a
 * rebuilt read model (another collection) starts the journal again.
 */
@Injectable()
export class LedgerJournal implements OnApplicationBootstrap {
  private collection: string | undefined;
  private upTo = 0n;
  private entries: LedgerEntry[] = [];
  private updating: Promise<void> = Promise.resolve();

  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(READ_MODEL_DIRECTORY) private readonly directory: ReadModelDirectory,
    private readonly readModels: ReadModels,
  ) {}

  /** Every entry up to the cut, in log order (the array is the journal's own: do not change it). */
  async upToCut(cut: LedgerCut): Promise<readonly LedgerEntry[]> {
    const entries = await this.current();
    const byPosition = cut.position === undefined ? entries : entries.slice(0, countUpTo(entries, cut.position));
    if (cut.asOf === undefined) return byPosition;
    const asOf = cut.asOf;
    const asOfMs = Date.parse(asOf);
    // Times are ISO 8601 UTC as Date#toISOString writes them: those compare as strings, without parsing.
    const canonical = isCanonical(asOf);
    return byPosition.filter((entry) =>
      canonical && isCanonical(entry.occurredAt) ? entry.occurredAt <= asOf : Date.parse(entry.occurredAt) <= asOfMs,
    );
  }

  /** Loads the journal when the app starts, so finance's first request does not wait for it. */
  onApplicationBootstrap(): void {
    void this.current().catch(() => undefined); // still being built, or closing: the first request loads it
  }

  private current(): Promise<LedgerEntry[]> {
    // One update at a time: a second caller waits for the first and then finds little to add.
    const next = this.updating.then(() => this.update());
    this.updating = next.catch(() => undefined);
    return next.then(() => this.entries);
  }

  private async update(): Promise<void> {
    const version = await this.directory.version('ledger');
    if (!version) {
      await this.readModels.collection('ledger'); // answers 503 "still being built"
      return;
    }
    if (version.collection !== this.collection) {
      this.collection = version.collection;
      this.upTo = 0n;
      this.entries = [];
    }
    if (version.position <= this.upTo) return;
    if (version.changedAt <= this.upTo) {
      this.upTo = version.position; // nothing was written past what the journal holds: nothing to add
      return;
    }
    const from = Number(this.upTo);
    const to = Number(version.position);
    const docs = await this.readStore
      .collection<LedgerDoc>(version.collection)
      .find({ lastPosition: { $gt: from } }, { projection: { entries: 1 } });
    const added: LedgerEntry[] = [];
    for (const doc of docs) {
      for (const entry of doc.entries) if (entry.position > from && entry.position <= to) added.push(entry);
    }
    added.sort((a, b) => a.position - b.position);
    // Every new entry lies after every kept one (all above `from`): appending keeps log order.
    for (const entry of added) this.entries.push(entry);
    this.upTo = version.position;
  }
}

/** `2030-01-31T23:59:59.000Z`: the one shape whose string order is time order. */
const isCanonical = (time: string) => time.length === 24 && time.endsWith('Z') && time[10] === 'T';

/** How many of these entries (in log order) lie at or before `position`. */
export function countUpTo(entries: readonly LedgerEntry[], position: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (entries[middle]!.position <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}
