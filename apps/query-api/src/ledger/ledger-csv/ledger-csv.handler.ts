import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { stringify } from 'csv-stringify/sync';
import { csvSafe } from '../../booking/event-orders';
import { ReadModels } from '../../http/read-models';
import { LedgerJournal } from '../ledger-journal';
import { trialBalance } from '@booking/projections';
import { LEDGER_ACCOUNTS_COLUMNS, LEDGER_ENTRIES_COLUMNS, entryViews, ledgerEntries } from '../ledger';
import type { LedgerCut } from '../ledger.request';
import { type LedgerCsv, LedgerCsvQuery } from './ledger-csv.query';

/** Amounts stay in minor units (integers), as in the API: no rounding or locale in a spreadsheet. */
@QueryHandler(LedgerCsvQuery)
export class LedgerCsvHandler implements IQueryHandler<LedgerCsvQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly journal: LedgerJournal,
  ) {}

  async execute({ args: { table, cut, bookingId } }: LedgerCsvQuery): Promise<LedgerCsv> {
    const rows = table === 'accounts' ? await this.accountRows(cut) : await this.entryRows(cut, bookingId);
    const header = table === 'accounts' ? LEDGER_ACCOUNTS_COLUMNS : LEDGER_ENTRIES_COLUMNS;
    // RFC 4180: CRLF line ends, a header row; a BOM so spreadsheets read UTF-8 right.
    const csv = stringify([[...header], ...rows.map((row) => row.map(csvSafe))], {
      record_delimiter: 'windows',
      bom: true,
    });
    const at = cut.position !== undefined ? `-at-${cut.position}` : cut.asOf ? `-as-of-${cut.asOf.slice(0, 10)}` : '';
    return { csv, filename: `ledger-${table}${at}.csv` };
  }

  private async accountRows(cut: LedgerCut): Promise<string[][]> {
    // The balances alone: what organizers are owed (another read) is not in this file.
    const { accounts } = trialBalance(await this.journal.upToCut(cut));
    return accounts.map((a) => [a.account, a.kind, a.currency, a.debit, a.credit, a.balance].map(String));
  }

  private async entryRows(cut: LedgerCut, bookingId?: string): Promise<string[][]> {
    const entries = await entryViews(
      this.readModels,
      await ledgerEntries(this.readModels, this.journal, cut, bookingId),
    );
    return entries.flatMap((entry) =>
      entry.lines.map((line) => [
        entry.position,
        entry.occurredAt,
        entry.entryId,
        entry.eventType,
        entry.stream,
        entry.bookingId,
        entry.eventId ?? '',
        entry.organizerId ?? '',
        entry.description,
        line.account,
        entry.currency,
        String(line.debit),
        String(line.credit),
      ]),
    );
  }
}
