import { catalogModel, inventoryModel } from '@booking/command-pipeline';
import { inventoryPartitionId, sectionIdsOf } from '@booking/domain';
import { definePolicy } from '../policy';

/**
 * EventCancelled → end what buyers have of the event. Today that is its inventory: CloseInventory
 * cancels every active hold (with the cancellation's reason) and stops sales. Bookings and their
 * refunds will be further steps here, each an idempotent command of its own context.
 * InventoryOpened is heard too: sales that opened after the cancellation (a publish racing a
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
    for (const sectionId of [undefined, ...sectionIdsOf(catalog)]) {
      await execute(inventoryModel, inventoryPartitionId(eventId, sectionId), {
        type: 'CloseInventory',
        data: { eventId, ...(sectionId ? { sectionId } : {}), reason },
      });
    }
  },
});
