import { bookingModel, catalogModel, inventoryModel } from '@booking/command-pipeline';
import { inventoryPartitionId, sectionIdsOf } from '@booking/domain';
import { definePolicy } from '../policy';

/**
 * EventCancelled → end what buyers have of the event. CloseInventory cancels every active hold
 * (with the cancellation's reason) and stops sales; a hold checked out to a booking cancels that
 * booking through booking-seats (HoldCancelled). Bookings already sold are cancelled here: every
 * booking a partition sold places to gets CancelBooking (the platform's: a full refund of its
 * valid tickets when paid; a no-op for one already ended). InventoryOpened is heard too: sales that opened after the cancellation (a publish racing a
 * cancel) close again.
 */
export const eventCancellation = definePolicy({
  id: 'policy:event-cancellation',
  on: ['EventCancelled', 'InventoryOpened'],
  async handle({ data: { eventId } }, { read, execute }) {
    const catalog = await read(catalogModel, eventId);
    if (catalog.status !== 'cancelled') return;
    const reason = catalog.cancellationReason ?? 'The event was cancelled';
    // Every inventory the event may have: the whole-event one, and one per section of its plans.
    const sold = new Set<string>();
    for (const sectionId of [undefined, ...sectionIdsOf(catalog)]) {
      const partitionId = inventoryPartitionId(eventId, sectionId);
      await execute(inventoryModel, partitionId, {
        type: 'CloseInventory',
        data: { eventId, ...(sectionId ? { sectionId } : {}), reason },
      });
      // Closed, a partition sells nothing more: the bookings it sold to are all there are.
      for (const bookingId of (await read(inventoryModel, partitionId)).soldHolds.values()) sold.add(bookingId);
    }
    for (const bookingId of sold) {
      await execute(bookingModel, bookingId, { type: 'CancelBooking', data: { bookingId, reason } });
    }
  },
});
