import { Controller, Get, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated } from '@booking/platform';
import { asAttachment } from '../../http/attachment';
import { ReadsProjections } from '../../http/reads-projections';
import { LedgerCutRequest, LedgerJournalRequest, cutOf } from '../ledger.request';
import { LedgerCsvQuery } from './ledger-csv.query';

const csvContent = { 'text/csv': { schema: { type: 'string' } } };

@ApiTags('ledger')
@ReadsProjections('ledger', 'catalog-events', 'accounts')
@Controller('api/finance')
export class LedgerCsvController {
  constructor(private readonly queries: QueryBus) {}

  @Get('ledger.csv')
  @Authenticated('finance', 'admin')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'The trial balance as CSV (UTF-8 with BOM, CRLF): account, kind, currency, debit, credit, balance in minor units',
    content: csvContent,
  })
  @ApiProblems(403)
  async accounts(@Query() request: LedgerCutRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const { csv, filename } = await this.queries.execute(
      new LedgerCsvQuery({ table: 'accounts', cut: cutOf(request) }),
    );
    asAttachment(reply, 'text/csv; charset=utf-8', filename);
    return csv;
  }

  @Get('ledger/entries.csv')
  @Authenticated('finance', 'admin')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'Every matching journal line as CSV (UTF-8 with BOM, CRLF): position, time, entry (event) id, event type, stream, booking, event, organizer, description, account, currency, debit, credit',
    content: csvContent,
  })
  @ApiProblems(403)
  async entries(@Query() request: LedgerJournalRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const { csv, filename } = await this.queries.execute(
      new LedgerCsvQuery({
        table: 'entries',
        cut: cutOf(request),
        ...(request.bookingId ? { bookingId: request.bookingId } : {}),
      }),
    );
    asAttachment(reply, 'text/csv; charset=utf-8', filename);
    return csv;
  }
}
