import { Body, Controller, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { PaymentAnswer } from '../booking.answers';
import { PayBookingCommand } from './pay-booking.command';
import { PayBookingRequest, paymentMethodChoice } from './pay-booking.request';

@ApiTags('booking')
@Controller('api/bookings')
export class PayBookingController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':bookingId/payments')
  @Authenticated()
  @ApiCreatedResponse({
    type: PaymentAnswer,
    description:
      'The payment was made: succeeded (the booking is confirmed) or declined (pay again before the deadline)',
  })
  @ApiProblems({
    400: 'Neither or both of cardNumber and paymentMethodId, or the one the configured provider does not take',
    404: 'No such booking of yours',
    409: 'The booking is not pending payment, its deadline passed, or another payment is under way',
  })
  async pay(
    @Param('bookingId', new ParseUUIDPipe()) bookingId: string,
    @Body() body: PayBookingRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, ...result } = await this.commands.execute(
      new PayBookingCommand({
        data: { bookingId: bookingId.toLowerCase(), method: paymentMethodChoice(body) },
        context,
      }),
    );
    return withPosition(reply, position, result);
  }
}
