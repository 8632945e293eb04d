import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { PayPalReturnAnswer, checkOrderId, orderIdParam } from '../shared/paypal/paypal-return.answer';
import { CapturePayPalOrderCommand } from './capture-paypal-order.command';

@ApiTags('payments')
@Controller('api/payments/paypal/orders')
export class CapturePayPalOrderController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':orderId/capture')
  @HttpCode(200)
  @Authenticated()
  @ApiParam(orderIdParam)
  @ApiOkResponse({
    type: PayPalReturnAnswer,
    description: 'Captured (the booking is confirmed), declined by PayPal, or as it was (captured before)',
  })
  @ApiProblems({
    400: 'Not a PayPal order id',
    404: 'No such PayPal order of yours, or PayPal is not offered here',
    409: 'The order was not approved on PayPal, or PayPal refused the capture',
    503: 'PayPal cannot be reached; nothing was charged by this request',
  })
  async capture(
    @Param('orderId') orderId: string,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, ...result } = await this.commands.execute(
      new CapturePayPalOrderCommand({ data: { orderId: checkOrderId(orderId) }, context }),
    );
    return withPosition(reply, position, result);
  }
}
