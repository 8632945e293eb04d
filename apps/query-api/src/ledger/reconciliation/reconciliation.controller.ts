import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { stringify } from 'csv-stringify/sync';
import { ApiProblems, Authenticated } from '@booking/platform';
import { csvSafe } from '../../booking/event-orders';
import { asAttachment } from '../../http/attachment';
import { ReadsProjections } from '../../http/reads-projections';
import { ReconciliationView } from '../ledger.views';
import { ReconciliationQuery } from './reconciliation.query';

const DISCREPANCY_COLUMNS = [
  'kind',
  'reason',
  'booking',
  'ledger entry (event id)',
  'ledger event',
  'ledger position',
  'ledger time',
  'ledger amount',
  'ledger currency',
  'provider id',
  'provider kind',
  'provider status',
  'provider time',
  'provider amount',
  'provider currency',
] as const;

@ApiTags('ledger')
@ReadsProjections('ledger')
@Controller('api/finance/reconciliations')
export class ReconciliationController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':reconciliationId')
  @Authenticated('finance', 'admin')
  @ApiOkResponse({
    type: ReconciliationView,
    description:
      "A reconciliation run: the provider's statement it recorded against the ledger's movements at that provider, with totals per currency and every discrepancy",
  })
  @ApiProblems(403, { 404: 'No such reconciliation' })
  get(@Param('reconciliationId', new ParseUUIDPipe()) reconciliationId: string) {
    return this.queries.execute(new ReconciliationQuery({ reconciliationId: reconciliationId.toLowerCase() }));
  }

  @Get(':reconciliationId/discrepancies.csv')
  @Authenticated('finance', 'admin')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: `The run's discrepancies as CSV (UTF-8 with BOM, CRLF): ${DISCREPANCY_COLUMNS.join(', ')}; amounts in minor units`,
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiProblems(403, { 404: 'No such reconciliation' })
  async csv(
    @Param('reconciliationId', new ParseUUIDPipe()) reconciliationId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const view = await this.queries.execute(
      new ReconciliationQuery({ reconciliationId: reconciliationId.toLowerCase() }),
    );
    const rows = view.discrepancies.map((d) =>
      [
        d.kind,
        d.reason,
        d.bookingId ?? '',
        d.ledger?.entryId ?? '',
        d.ledger?.eventType ?? '',
        d.ledger?.position ?? '',
        d.ledger?.occurredAt ?? '',
        d.ledger ? String(d.ledger.amount.amount) : '',
        d.ledger?.amount.currency ?? '',
        d.provider?.id ?? '',
        d.provider?.kind ?? '',
        d.provider?.status ?? '',
        d.provider?.createdAt ?? '',
        d.provider ? String(d.provider.amount.amount) : '',
        d.provider?.amount.currency ?? '',
      ].map(csvSafe),
    );
    asAttachment(
      reply,
      'text/csv; charset=utf-8',
      `reconciliation-${view.reconciliationId}-${view.from.slice(0, 10)}.csv`,
    );
    return stringify([[...DISCREPANCY_COLUMNS], ...rows], { record_delimiter: 'windows', bom: true });
  }
}
