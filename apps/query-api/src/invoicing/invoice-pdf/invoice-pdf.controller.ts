import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '@booking/domain';
import { ApiProblems, Authenticated, CurrentActor } from '@booking/platform';
import { asAttachment } from '../../http/attachment';
import { MinPositionRequest } from '../../http/min-position.request';
import { ReadsProjections } from '../../http/reads-projections';
import { InvoicePdfQuery } from './invoice-pdf.query';

@ApiTags('invoicing')
@ReadsProjections('invoices')
@Controller('api/invoices')
export class InvoicePdfController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':invoiceId/pdf')
  @Authenticated()
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The invoice or credit note as a PDF attachment',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems({ 404: 'No such invoice, or not yours' })
  async get(
    @Param('invoiceId', new ParseUUIDPipe()) invoiceId: string,
    @CurrentActor() viewer: Actor,
    @Query() _request: MinPositionRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { pdf, filename } = await this.queries.execute(new InvoicePdfQuery({ invoiceId, viewer }));
    asAttachment(reply, 'application/pdf', filename);
    return pdf;
  }
}
