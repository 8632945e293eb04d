import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModels } from '../../http/read-models';
import { LedgerJournal } from '../ledger-journal';
import { entryViews, ledgerEntries } from '../ledger';
import { LEDGER_PAGE_SIZE } from '../ledger.request';
import type { LedgerEntryPageView } from '../ledger.views';
import { LedgerEntriesQuery } from './ledger-entries.query';

@QueryHandler(LedgerEntriesQuery)
export class LedgerEntriesHandler implements IQueryHandler<LedgerEntriesQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly journal: LedgerJournal,
  ) {}

  async execute({ args: { cut, bookingId, page } }: LedgerEntriesQuery): Promise<LedgerEntryPageView> {
    const entries = await ledgerEntries(this.readModels, this.journal, cut, bookingId);
    const from = (page - 1) * LEDGER_PAGE_SIZE;
    const items = await entryViews(this.readModels, entries.slice(from, from + LEDGER_PAGE_SIZE));
    return { items, total: entries.length, page, pageSize: LEDGER_PAGE_SIZE };
  }
}
