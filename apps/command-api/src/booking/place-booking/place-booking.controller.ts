import { Body, Controller, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated, VerifiedEmailGuard } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { BookingPlacedAnswer } from '../booking.answers';
import { PlaceBookingCommand } from './place-booking.command';
import { PlaceBookingRequest } from './place-booking.request';

@ApiTags('booking')
@Controller('api/bookings')
export class PlaceBookingController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @UseGuards(VerifiedEmailGuard) // listed first, runs after the JWT guard of @Authenticated (decorators apply bottom-up)
  @Authenticated()
  @ApiCreatedResponse({
    type: BookingPlacedAnswer,
    description:
      'Checkout started: the holds belong to the booking until its payment deadline (confirmed at once if free)',
  })
  @ApiProblems({
    404: 'Unknown or unpublished event, or no such active hold of yours on it',
    409: 'A hold is already in a checkout, a price tier is no longer sold, or the promo code is disabled, outside its dates or used up',
    422: 'Unknown price tier, a tier other than the seating plan says, a hold named twice, or an unknown or inapplicable promo code',
  })
  async place(
    @Body() body: PlaceBookingRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { eventId, holds, buyer, promoCode, invoiceAddress } = body;
    const { position, ...result } = await this.commands.execute(
      new PlaceBookingCommand({
        data: {
          eventId,
          holds: holds.map(({ holdId, sectionId, tierId, attendeeNames, attendeeEmails }) => ({
            holdId,
            ...(sectionId !== undefined ? { sectionId } : {}),
            ...(tierId !== undefined ? { tierId } : {}),
            ...(attendeeNames !== undefined ? { attendeeNames } : {}),
            ...(attendeeEmails !== undefined ? { attendeeEmails } : {}),
          })),
          buyer: { name: buyer.name, email: buyer.email },
          ...(promoCode !== undefined ? { promoCode } : {}),
          ...(invoiceAddress !== undefined ? { invoiceAddress: { ...invoiceAddress } } : {}),
        },
        context,
      }),
    );
    return withPosition(reply, position, result);
  }
}
