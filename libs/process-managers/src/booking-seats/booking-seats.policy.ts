import { allowanceModel, bookingModel, inventoryModel } from '@booking/command-pipeline';
import { type BookingHold, type CancelledTicket, allowanceId, inventoryPartitionId } from '@booking/domain';
import { definePolicy, type PolicyContext } from '../policy';

type Booked = Readonly<{ bookingId: string; eventId: string; holds: readonly BookingHold[] }>;

/**
 * The inventory half of the cross-stream rule: the booking stream decides, the partitions follow.
 * A confirmed booking's checked-out holds become sold; a hold no longer checked out to it (the
 * platform cancelled it meanwhile) is left alone by the inventory decider: its HoldCancelled
 * cancels the booking and asks for the refund. One SellHold per hold, always and in the booking's
 * order, never skipped: the executor tags a policy's commands by their order on each stream, so a
 * run interrupted halfway and run again sends each hold's command under the same tag as before.
 */
export async function sellSeats({ bookingId, eventId, holds }: Booked, { execute }: PolicyContext) {
  for (const { holdId, sectionId } of holds) {
    await execute(inventoryModel, inventoryPartitionId(eventId, sectionId), {
      type: 'SellHold',
      data: { eventId, holdId, bookingId },
    });
  }
}

type Cancelled = Readonly<{ bookingId: string; eventId: string; tickets: readonly CancelledTicket[] }>;

/**
 * Cancelled tickets' sold places go back on sale: per hold (in the order the tickets name them),
 * SellHold first (a no-op once sold: a hold of a confirmed booking not sold yet is sold before
 * its places come back, so none stays sold to a ticket that was cancelled), then ReturnSoldSeats
 * (a no-op for tickets already returned).
 */
export async function returnSeats({ bookingId, eventId, tickets }: Cancelled, { execute }: PolicyContext) {
  const byHold = new Map<string, CancelledTicket[]>();
  for (const ticket of tickets) byHold.set(ticket.holdId, [...(byHold.get(ticket.holdId) ?? []), ticket]);
  for (const [holdId, held] of byHold) {
    const partition = inventoryPartitionId(eventId, held[0].sectionId);
    await execute(inventoryModel, partition, { type: 'SellHold', data: { eventId, holdId, bookingId } });
    await execute(inventoryModel, partition, {
      type: 'ReturnSoldSeats',
      data: {
        eventId,
        holdId,
        bookingId,
        tickets: held.map(({ ticketId, seatId }) => (seatId ? { ticketId, seatId } : { ticketId })),
      },
    });
  }
}

/**
 * BookingConfirmed → its seats are sold. BookingExpired / BookingCancelled → its checked-out holds
 * go back on sale (HoldExpired), and a cancelled booking's sold places too (SoldSeatsReturned).
 * TicketsCancelled → those tickets' places go back on sale. HoldCancelled of a checked-out hold
 * (the event was cancelled) → the booking is cancelled, with a refund request when it was paid.
 * See docs/booking.md.
 */
export const bookingSeats = definePolicy({
  id: 'policy:booking-seats',
  on: ['BookingConfirmed', 'BookingExpired', 'BookingCancelled', 'TicketsCancelled', 'HoldCancelled'],
  async handle(event, context) {
    switch (event.type) {
      case 'BookingConfirmed':
        return sellSeats(event.data, context);
      case 'BookingExpired':
      case 'BookingCancelled': {
        const { bookingId, eventId } = event.data;
        for (const { holdId, sectionId } of event.data.holds) {
          await context.execute(inventoryModel, inventoryPartitionId(eventId, sectionId), {
            type: 'ReleaseCheckedOutHold',
            data: { eventId, holdId, bookingId },
          });
        }
        if (event.type === 'BookingCancelled' && event.data.tickets) {
          await returnSeats({ bookingId, eventId, tickets: event.data.tickets }, context);
        }
        if (event.type === 'BookingCancelled') {
          // Its places no longer count against the buyer's per-buyer limit (a checkout kept them
          // counting until its deadline); a no-op where nothing was counted.
          const { buyerId } = event.data;
          for (const { holdId } of event.data.holds) {
            await context.execute(allowanceModel, allowanceId(eventId, buyerId), {
              type: 'ReturnAllowance',
              data: { eventId, buyerId, holdId },
            });
          }
        }
        return;
      }
      case 'TicketsCancelled':
        return returnSeats(event.data, context);
      case 'HoldCancelled': {
        const { bookingId, reason } = event.data;
        if (!bookingId) return;
        await context.execute(bookingModel, bookingId, { type: 'CancelBooking', data: { bookingId, reason } });
        return;
      }
    }
  },
});
