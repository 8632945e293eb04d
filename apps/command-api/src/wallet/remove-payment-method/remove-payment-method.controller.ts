import { Controller, Delete, HttpCode, Param, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { RemovedCardAnswer, checkPaymentMethodId, paymentMethodIdParam } from '../shared/wallet.answers';
import { RemovePaymentMethodCommand } from './remove-payment-method.command';

@ApiTags('wallet')
@Controller('api/me/payment-methods')
export class RemovePaymentMethodController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':paymentMethodId')
  @HttpCode(200)
  @Authenticated()
  @ApiParam(paymentMethodIdParam)
  @ApiOkResponse({ type: RemovedCardAnswer, description: 'Removed here and detached at the provider' })
  @ApiProblems({
    400: 'Not a PaymentMethod id',
    404: 'No such saved card of yours',
    503: 'The payment provider cannot be reached',
  })
  async remove(
    @Param('paymentMethodId') paymentMethodId: string,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, ...result } = await this.commands.execute(
      new RemovePaymentMethodCommand({ data: { paymentMethodId: checkPaymentMethodId(paymentMethodId) }, context }),
    );
    return withPosition(reply, position, result);
  }
}
