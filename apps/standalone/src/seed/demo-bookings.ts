import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  CheckInManuallyCommand,
  HoldSeatsCommand,
  JoinWaitlistCommand,
  PayBookingCommand,
  PlaceBookingCommand,
  TEST_CARDS,
} from '@booking/command-api';
import { bookingModel, CommandPipeline } from '@booking/command-pipeline';
import { APP_CONFIG, type AppConfig, DEMO_PERSONAS, type Persona } from '@booking/platform';

/**
 * What the demo attendee has bought, by event title: a paid booking, one whose card was declined
 * (pending until its deadline, then expired), and a free one on the event the seed then cancels
 * (so it ends cancelled by the platform). The demo admin buys the one place of a matinee, so it is
 * sold out, and the demo attendee waits for it on its waitlist (DEMO_WAITLIST). Made through the
 * same commands the API runs. On the event that is already over (Lantern Festival Walk) the demo
 * attendee and three others paid, and the door checked their tickets in (all but one no-show).
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
  /** Who buys (default the demo attendee). */
  buyer?: Persona;
  /** An event that is over: how many of the booking's tickets were checked in at its door. */
  checkedIn?: number;
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
  { event: 'Chamber Music Matinee', quantity: 1, tierId: 'standard', cards: [TEST_CARDS.succeeds], buyer: 'admin' },
  {
    event: 'Lantern Festival Walk',
    quantity: 2,
    tierId: 'standard',
    attendeeNames: ['Ada Attendee', 'Alan Turing'],
    cards: [TEST_CARDS.succeeds],
    checkedIn: 2,
  },
  {
    event: 'Lantern Festival Walk',
    quantity: 1,
    tierId: 'standard',
    cards: [TEST_CARDS.succeeds],
    buyer: 'finance',
    checkedIn: 1,
  },
  {
    event: 'Lantern Festival Walk',
    quantity: 2,
    tierId: 'reduced',
    attendeeNames: ['Oscar Ops', 'Olivia Ops'],
    cards: [TEST_CARDS.succeeds],
    buyer: 'ops',
    checkedIn: 1,
  },
];

/** A booking the seed made, with its tickets (to check them in at the door of an event that is over). */
type Placed = { bookingId: string; ticketIds: string[]; checkedIn: number };

/** How often a booking of an event that is over is tried: see DemoBookings.bookOnce. */
const ATTEMPTS = 3;

/** Sold-out events the demo attendee waits for, with how many places (after DEMO_BOOKINGS sold them out). */
export const DEMO_WAITLIST: readonly { event: string; quantity: number }[] = [
  { event: 'Chamber Music Matinee', quantity: 1 },
];

@Injectable()
export class DemoBookings {
  private readonly logger = new Logger('DemoSeeder');
  constructor(
    private readonly commands: CommandBus,
    private readonly pipeline: CommandPipeline,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Books what DEMO_BOOKINGS lists for this event (call it while the event is on sale). `at` is
   * when, for an event that is over: the commands are decided as of that moment (the pipeline
   * takes `context.now` over its clock), so the event was on sale when it was booked.
   */
  async seedFor(title: string, eventId: string, at?: Date): Promise<Placed[]> {
    const placed: Placed[] = [];
    // Paid demo bookings go through the embedded provider only: on Stripe every fresh demo start
    // would charge the operator's account (test mode or not), so only free ones are made there.
    const paysForReal = this.config.payments.provider !== 'test-mode';
    const bookings = DEMO_BOOKINGS.filter((b) => b.event === title && !(paysForReal && b.cards.length > 0));
    for (const booking of bookings) {
      let result: Placed | null = null;
      for (let attempt = 1; !result; attempt += 1) {
        result = await this.bookOnce(booking, eventId, at);
        if (!result && attempt >= ATTEMPTS) throw new Error(`Demo booking for ${title} was not confirmed`);
      }
      placed.push(result);
    }
    // The waitlisted events are sold out by paid demo bookings: none of those on Stripe, so no waitlist.
    for (const wait of DEMO_WAITLIST.filter((w) => w.event === title && !paysForReal)) {
      await this.commands.execute(
        new JoinWaitlistCommand({ data: { eventId, quantity: wait.quantity }, context: contextOf('attendee', at) }),
      );
    }
    if (placed.length > 0) this.logger.log({ event: title, bookings: placed.length }, 'demo bookings seeded');
    return placed;
  }

  /**
   * Checks in, at the event's door, the tickets of the bookings `seedFor` made that DEMO_BOOKINGS
   * says were used: as the organizer's door staff would (by ticket, from the attendee search), a
   * minute apart from `doorsOpen`.
   */
  async checkIn(eventId: string, placed: readonly Placed[], doorsOpen: Date): Promise<number> {
    const door = contextOf('organizer');
    let scanned = 0;
    for (const booking of placed) {
      for (const ticketId of booking.ticketIds.slice(0, booking.checkedIn)) {
        const now = new Date(doorsOpen.getTime() + scanned * 60_000);
        await this.commands.execute(
          new CheckInManuallyCommand({
            data: { eventId, scan: { ticket: { ticketId }, nonce: `demo-seed-${ticketId}`, offline: false } },
            context: { ...door, now },
          }),
        );
        scanned += 1;
      }
    }
    return scanned;
  }

  /**
   * Hold, checkout and payment. Made in the past (`at`), the hold and the payment deadline are
   * already due by the real clock, so the expiry sweeps may take them between two commands: then
   * the booking is not confirmed and the caller tries again (null).
   */
  private async bookOnce(booking: DemoBooking, eventId: string, at?: Date): Promise<Placed | null> {
    const buyer = DEMO_PERSONAS[booking.buyer ?? 'attendee'];
    const context = contextOf(booking.buyer ?? 'attendee', at);
    try {
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
            buyer: { name: buyer.name, email: buyer.email },
          },
          context,
        }),
      );
      for (const cardNumber of booking.cards) {
        await this.commands.execute(
          new PayBookingCommand({ data: { bookingId: checkout.bookingId, method: { cardNumber } }, context }),
        );
      }
      const state = await this.pipeline.read(bookingModel, checkout.bookingId);
      if (at && state.status !== 'confirmed') return null;
      return {
        bookingId: checkout.bookingId,
        ticketIds: checkout.tickets.map((t) => t.ticketId),
        checkedIn: booking.checkedIn ?? 0,
      };
    } catch (error) {
      if (!at) throw error;
      this.logger.warn(
        { event: booking.event, error: String(error) },
        'demo booking in the past not made; trying again',
      );
      return null;
    }
  }
}

function contextOf(who: Persona, now?: Date) {
  return {
    actor: { userId: DEMO_PERSONAS[who].id, roles: DEMO_PERSONAS[who].roles },
    correlationId: 'demo-seed',
    ...(now ? { now } : {}),
  };
}
