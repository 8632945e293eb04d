import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type CommandInput,
  type CommandOutcome,
  CommandPipeline,
  bookingModel,
  inventoryModel,
  promoCodeModel,
} from '@booking/command-pipeline';
import {
  type BookingEvent,
  type BookingState,
  type CommandMetadata,
  DomainError,
  type HeldPlaces,
  type InvoiceAddress,
  PAYMENT_WINDOW_SECONDS,
  type PlaceBooking,
  inventoryPartitionId,
  isCheckedOutTo,
  salesRulesOf,
} from '@booking/domain';
import { CLOCK, type Clock, ID_GENERATOR, type IdGenerator } from '@booking/platform';
import { PolicyExecutor, bookingSeats, issueInvoices } from '@booking/process-managers';
import { mintId } from '../../http/command-context';
import { BuyerAllowance } from '../../inventory/shared/buyer-allowance';
import { CheckoutPricing } from '../shared/checkout-pricing';

import { PlaceBookingCommand, type PlaceBookingResult } from './place-booking.command';

/**
 * Checkout: every hold is read and checked first (the buyer's, active, in no other checkout) and
 * priced from the catalog, so a refused checkout writes nothing. Then each hold is checked out to
 * the booking (its partition's decision) and the booking is placed (the booking stream's). A free
 * booking is confirmed by that same decision and its seats are sold at once (booking-seats policy,
 * inline). Ids derive from the Idempotency-Key, so a retry replays every step instead of acting twice.
 */
@CommandHandler(PlaceBookingCommand)
export class PlaceBookingHandler implements ICommandHandler<PlaceBookingCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly pricing: CheckoutPricing,
    private readonly allowance: BuyerAllowance,
    private readonly policies: PolicyExecutor,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: PlaceBookingCommand): Promise<PlaceBookingResult> {
    const { data } = command;
    // If-Match names one stream's revision; a checkout writes several streams and creates its own.
    const context = { ...command.context, expectedRevision: undefined };
    const { eventId, buyer } = data;
    const bookingId = mintId(context, this.ids, 'booking');
    const now = context.now ?? this.clock.now();
    const metadata: CommandMetadata = { now, actor: context.actor };
    const priced = await this.pricing.price(
      data,
      bookingId,
      (places) => Array.from({ length: places }, (_, i) => mintId(context, this.ids, `ticket-${i}`)),
      metadata,
    );
    const { catalog, held, holds, beforePromo, tickets, promo, group } = priced;
    const paymentDeadline = new Date(now.getTime() + PAYMENT_WINDOW_SECONDS * 1000).toISOString();

    const attendeeNames = data.holds.flatMap((request, i) =>
      Array.from({ length: held[i].quantity }, (_, n) => request.attendeeNames?.[n]?.trim() ?? ''),
    );
    const attendeeEmails = data.holds.flatMap((request, i) =>
      Array.from({ length: held[i].quantity }, (_, n) => request.attendeeEmails?.[n]?.trim() ?? ''),
    );
    const place: CommandInput<PlaceBooking> = {
      type: 'PlaceBooking',
      data: {
        bookingId,
        eventId,
        buyerName: buyer.name.trim(),
        buyerEmail: buyer.email.trim(),
        ...(attendeeNames.some((name) => name !== '') ? { attendeeNames } : {}),
        ...(attendeeEmails.some((email) => email !== '') ? { attendeeEmails } : {}),
        holds,
        tickets,
        paymentDeadline,
        ...(promo ? { promo } : {}),
        ...(group ? { group } : {}),
        ...(data.invoiceAddress ? { invoiceAddress: invoiceAddressOf(data.invoiceAddress) } : {}),
      },
    };
    // The booking's own rules (buyer, tickets) are asked before any hold is taken: a checkout the
    // booking would refuse must not leave its holds checked out to a booking that never exists.
    bookingModel.decider.decide({ ...place, metadata } as PlaceBooking, bookingModel.decider.initialState());

    await this.checkOut(eventId, bookingId, held, paymentDeadline, context);
    let placed: CommandOutcome<BookingState, BookingEvent>;
    try {
      // The code's use is counted on its own stream before the booking exists: a flash sale
      // cannot spend it past its limits, and a refusal here gives the holds back like any other.
      if (promo) {
        await this.pipeline.execute(
          promoCodeModel,
          promo.promoId,
          {
            type: 'RedeemPromoCode',
            data: {
              promoId: promo.promoId,
              bookingId,
              eventId,
              eventOrganizerId: priced.organizerId,
              tickets: beforePromo,
            },
          },
          tagged(context, 'promo'),
        );
      }
      // With a per-buyer limit, the places keep counting while the booking waits for its payment.
      if (salesRulesOf(catalog).maxPerBuyer !== undefined) {
        for (const { holdId } of held) await this.allowance.extend(eventId, holdId, paymentDeadline, context);
      }
      placed = await this.pipeline.execute(bookingModel, bookingId, place, context);
    } catch (error) {
      await this.giveBack(eventId, bookingId, held, context); // all holds or none (a crash: ExpireBookings)
      if (promo) await this.releasePromo(promo.promoId, bookingId, context);
      throw error;
    }
    const seats = await this.policies.react(bookingSeats, placed, context.correlationId);
    // A free booking confirmed at once gets its invoice now if the buyer asked for one.
    const invoiced = await this.policies.react(issueInvoices, placed, context.correlationId);
    const sold = invoiced > seats ? invoiced : seats;
    const state = placed.state;
    if (state.status === 'none') throw new Error(`Booking ${bookingId} was not placed`);
    return {
      bookingId,
      eventId,
      status: state.status,
      tickets: [...state.tickets],
      ...(promo ? { promo } : {}),
      ...(group ? { group } : {}),
      total: state.total,
      paymentDeadline: state.paymentDeadline,
      position: sold > placed.position ? sold : placed.position,
    };
  }

  /**
   * Each hold's partition decides its checkout. Should one refuse after others agreed (the hold
   * was released or cancelled since it was read), those are given back before the refusal is
   * answered (each an ordinary hold again, until its own expiry): a checkout takes all its holds or none.
   */
  private async checkOut(
    eventId: string,
    bookingId: string,
    held: readonly HeldPlaces[],
    expiresAt: string,
    context: PlaceBookingCommand['context'],
  ): Promise<void> {
    const done: HeldPlaces[] = [];
    try {
      for (const hold of held) {
        const partition = inventoryPartitionId(eventId, hold.sectionId);
        // One tag per hold: several holds of one partition are several commands on one stream,
        // and a tag names one command (a retry replays it; a second command under it would not run).
        const outcome = await this.pipeline.execute(
          inventoryModel,
          partition,
          { type: 'CheckOutHold', data: { eventId, holdId: hold.holdId, bookingId, expiresAt } },
          perHold(context, hold.holdId),
        );
        // A retry may replay a checkout that was given back since (abandoned): it holds nothing now.
        if (!isCheckedOutTo(outcome.state, hold.holdId, bookingId)) {
          throw DomainError.conflict(
            'booking.checkout-undone',
            'This checkout was undone (a hold changed meanwhile); start a new checkout',
            { holdId: hold.holdId },
          );
        }
        done.push(hold);
      }
    } catch (error) {
      await this.giveBack(eventId, bookingId, done, context);
      throw error;
    }
  }

  /** Gives back a use this checkout counted (a no-op when it counted none). */
  private async releasePromo(promoId: string, bookingId: string, context: PlaceBookingCommand['context']) {
    await this.pipeline.execute(
      promoCodeModel,
      promoId,
      { type: 'ReleasePromoCode', data: { promoId, bookingId, reason: 'The checkout was not completed' } },
      { actor: context.actor, correlationId: context.correlationId },
    );
  }

  /** Restores holds this checkout took as ordinary holds of their holder (nothing for those it did not take). */
  private async giveBack(
    eventId: string,
    bookingId: string,
    holds: readonly HeldPlaces[],
    context: PlaceBookingCommand['context'],
  ): Promise<void> {
    for (const hold of holds) {
      await this.pipeline.execute(
        inventoryModel,
        inventoryPartitionId(eventId, hold.sectionId),
        { type: 'AbandonCheckout', data: { eventId, holdId: hold.holdId, bookingId } },
        { actor: context.actor, correlationId: context.correlationId },
      );
    }
  }
}

/** The request's context with an idempotency tag of its own for one hold's partition command. */
function perHold(context: PlaceBookingCommand['context'], holdId: string): PlaceBookingCommand['context'] {
  return tagged(context, `hold:${holdId}`);
}

/** The request's context with an idempotency tag of its own for one more stream's command. */
function tagged(context: PlaceBookingCommand['context'], purpose: string): PlaceBookingCommand['context'] {
  return context.idempotencyTag ? { ...context, idempotencyTag: `${context.idempotencyTag}:${purpose}` } : context;
}

/** The address as the invoice prints it: trimmed, empty optional parts left out. */
function invoiceAddressOf(address: InvoiceAddress): InvoiceAddress {
  const { name, company, street, postalCode, city, country, vatId } = address;
  return {
    name: name.trim(),
    ...(company?.trim() ? { company: company.trim() } : {}),
    street: street.trim(),
    postalCode: postalCode.trim(),
    city: city.trim(),
    country,
    ...(vatId?.trim() ? { vatId: vatId.trim() } : {}),
  };
}
