import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated, Throttled } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { NotRecorded } from '../../http/idempotency.interceptor';
import { withPosition } from '../../http/position';
import { SavedCardCommandAnswer } from '../shared/wallet.answers';
import { SavePaymentMethodCommand } from './save-payment-method.command';
import { SavePaymentMethodRequest, cardToSave } from './save-payment-method.request';

@ApiTags('wallet')
@Controller('api/me/payment-methods')
export class SavePaymentMethodController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  // Saving cards is a way to test stolen card numbers: a person (their session) gets AUTH_RATE_LIMIT a minute.
  @Throttled({ per: (request) => request.headers.authorization })
  // Its answer describes the card (brand, last four, expiry: personal data) and, in test mode, the
  // request carries a card number: neither goes into an idempotency record on the log.
  @NotRecorded()
  @Authenticated()
  @ApiCreatedResponse({ type: SavedCardCommandAnswer, description: 'Saved (the first card becomes the default)' })
  @ApiProblems({
    400: 'Not exactly one of cardNumber and paymentMethodId, or not the one the configured provider takes',
    409: 'Ten cards are saved already, or the provider keeps no cards',
    422: 'The provider declined the card, or it has expired: nothing was saved',
    503: 'The payment provider cannot be reached',
  })
  async save(
    @Body() body: SavePaymentMethodRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const card = cardToSave(body);
    const { position, ...result } = await this.commands.execute(
      new SavePaymentMethodCommand({ data: { card }, context }),
    );
    return withPosition(reply, position, result);
  }
}
