import { Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { HoldSeatsCommand, PayBookingCommand, PlaceBookingCommand, TEST_CARDS } from '@booking/command-api';
import { DEMO_PERSONAS } from '@booking/platform';

/**
 * What the demo attendee has bought, by event title: a paid booking, one whose card was declined
 * (pending until its deadline, then expired), and a free one on the event the seed then cancels
 * (so it ends cancelled by the platform). Made through the same commands the API runs.
 */
export type DemoBooking = Readonly<{
  event: string;
  quantity: number;
  sectionId?: string;
  /** A general-admission event's tier (seated ones price each seat from the plan). */
  tierId?: string;
  attendeeNames?: string[];
  /** The test cards tried, in order; none for a free event or a booking left unpaid. */
  cards: readonly string[];
}>;

export const DEMO_BOOKINGS: readonly DemoBooking[] = [
  {
    event: 'Flamenco Night',
    quantity: 2,
    tierId: 'standard',
    attendeeNames: ['Ada Attendee', 'Grace Hopper'],
    cards: [TEST_CARDS.declined, TEST_CARDS.succeeds],
  },
  { event: 'Hamlet', quantity: 2, sectionId: 'stalls', cards: [TEST_CARDS.declined] },
  { event: 'Harbour Regatta', quantity: 1, cards: [] },
];

@Injectable()
export class DemoBookings {
  private readonly logger = new Logger('DemoSeeder');
  constructor(private readonly commands: CommandBus) {}

  /** Books what DEMO_BOOKINGS lists for this event (call it while the event is on sale). */
  async seedFor(title: string, eventId: string): Promise<number> {
    const attendee = DEMO_PERSONAS.attendee;
    const context = { actor: { userId: attendee.id, roles: attendee.roles }, correlationId: 'demo-seed' };
    let placed = 0;
    for (const booking of DEMO_BOOKINGS.filter((b) => b.event === title)) {
      const hold = await this.commands.execute(
        new HoldSeatsCommand({
          data: { eventId, quantity: booking.quantity, ...(booking.sectionId ? { sectionId: booking.sectionId } : {}) },
          context,
        }),
      );
      const checkout = await this.commands.execute(
        new PlaceBookingCommand({
          data: {
            eventId,
            holds: [
              {
                holdId: hold.holdId,
                ...(hold.sectionId ? { sectionId: hold.sectionId } : {}),
                ...(booking.tierId ? { tierId: booking.tierId } : {}),
                ...(booking.attendeeNames ? { attendeeNames: booking.attendeeNames } : {}),
              },
            ],
            buyer: { name: attendee.name, email: attendee.email },
          },
          context,
        }),
      );
      for (const cardNumber of booking.cards) {
        await this.commands.execute(
          new PayBookingCommand({ data: { bookingId: checkout.bookingId, cardNumber }, context }),
        );
      }
      placed += 1;
    }
    if (placed > 0) this.logger.log({ event: title, bookings: placed }, 'demo bookings seeded');
    return placed;
  }
}
