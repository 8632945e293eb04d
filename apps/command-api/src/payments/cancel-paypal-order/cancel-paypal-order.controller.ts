import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { PayPalReturnAnswer, checkOrderId, orderIdParam } from '../shared/paypal/paypal-return.answer';
import { CancelPayPalOrderCommand } from './cancel-paypal-order.command';

@ApiTags('payments')
@Controller('api/payments/paypal/orders')
export class CancelPayPalOrderController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':orderId/cancel')
  @HttpCode(200)
  @Authenticated()
  @ApiParam(orderIdParam)
  @ApiOkResponse({
    type: PayPalReturnAnswer,
    description: 'The attempt is canceled (the booking may be paid again), or as it was if it had ended',
  })
  @ApiProblems({
    400: 'Not a PayPal order id',
    404: 'No such PayPal order of yours, or PayPal is not offered here',
    503: 'PayPal cannot be reached',
  })
  async cancel(
    @Param('orderId') orderId: string,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, ...result } = await this.commands.execute(
      new CancelPayPalOrderCommand({ data: { orderId: checkOrderId(orderId) }, context }),
    );
    return withPosition(reply, position, result);
  }
}
