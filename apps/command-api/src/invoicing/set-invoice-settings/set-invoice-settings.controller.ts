import { Body, Controller, HttpCode, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { CommandAnswer } from '../../http/command-answer';
import { withPosition } from '../../http/position';
import { SetInvoiceSettingsCommand } from './set-invoice-settings.command';
import { SetInvoiceSettingsRequest } from './set-invoice-settings.request';

class InvoiceSettingsAnswer extends CommandAnswer {
  @ApiProperty({ format: 'uuid' }) organizerId!: string;
}

@ApiTags('invoicing')
@Controller('api/organizer')
export class SetInvoiceSettingsController {
  constructor(private readonly commands: CommandBus) {}

  @Put('invoice-settings')
  @HttpCode(200)
  @Authenticated('organizer')
  @ApiOkResponse({ type: InvoiceSettingsAnswer, description: 'Saved: printed on invoices issued from now on' })
  @ApiProblems(403, 422)
  async set(
    @Body() body: SetInvoiceSettingsRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, ...result } = await this.commands.execute(
      new SetInvoiceSettingsCommand({
        data: {
          sellerName: body.sellerName,
          sellerAddress: body.sellerAddress,
          ...(body.taxId !== undefined ? { taxId: body.taxId } : {}),
          ...(body.numberPrefix !== undefined ? { numberPrefix: body.numberPrefix } : {}),
          defaultTaxRate: body.defaultTaxRate,
          tierTaxRates: (body.tierTaxRates ?? []).map(({ tierId, taxRate }) => ({ tierId, taxRate })),
        },
        context,
      }),
    );
    return withPosition(reply, position, result);
  }
}
