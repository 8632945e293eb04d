import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { NotRecorded } from '../../http/idempotency.interceptor';
import { withPosition } from '../../http/position';
import { checkPaymentMethodId, paymentMethodIdParam, SavedCardCommandAnswer } from '../shared/wallet.answers';
import { SetDefaultPaymentMethodCommand } from './set-default-payment-method.command';

@ApiTags('wallet')
@Controller('api/me/payment-methods')
export class SetDefaultPaymentMethodController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':paymentMethodId/default')
  // Its answer describes the card (brand, last four, expiry: personal data) and, in test mode, the
  // request carries a card number: neither goes into an idempotency record on the log.
  @NotRecorded()
  @HttpCode(200)
  @Authenticated()
  @ApiParam(paymentMethodIdParam)
  @ApiOkResponse({ type: SavedCardCommandAnswer, description: 'The card is the default now' })
  @ApiProblems({
    400: 'Not a PaymentMethod id',
    404: 'No such saved card of yours',
    503: 'The payment provider cannot be reached',
  })
  async setDefault(
    @Param('paymentMethodId') paymentMethodId: string,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, ...result } = await this.commands.execute(
      new SetDefaultPaymentMethodCommand({ data: { paymentMethodId: checkPaymentMethodId(paymentMethodId) }, context }),
    );
    return withPosition(reply, position, result);
  }
}
