import { bookingModel, inventoryModel } from '@booking/command-pipeline';
import { type BookingHold, inventoryPartitionId } from '@booking/domain';
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

/**
 * BookingConfirmed → its seats are sold. BookingExpired / BookingCancelled → its checked-out holds
 * go back on sale (HoldExpired). HoldCancelled of a checked-out hold (the event was cancelled) →
 * the booking is cancelled, with a refund request when it was paid. See docs/booking.md.
 */
export const bookingSeats = definePolicy({
  id: 'policy:booking-seats',
  on: ['BookingConfirmed', 'BookingExpired', 'BookingCancelled', 'HoldCancelled'],
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
        return;
      }
      case 'HoldCancelled': {
        const { bookingId, reason } = event.data;
        if (!bookingId) return;
        await context.execute(bookingModel, bookingId, { type: 'CancelBooking', data: { bookingId, reason } });
        return;
      }
    }
  },
});
