import { catalogModel, inventoryModel } from '@booking/command-pipeline';
import { inventoryPartitionId, partitionsOf } from '@booking/domain';
import { definePolicy } from '../policy';

/**
 * EventPublished or SeatingPlanSet → the event's inventory matches its catalog: each partition
 * (plan section, or the whole event) is opened, or re-planned to the current plan version.
 * Idempotent: opening an open partition and re-planning to a version already applied do nothing.
 */
export const openInventory = definePolicy({
  id: 'policy:open-inventory',
  on: ['EventPublished', 'SeatingPlanSet'],
  async handle(event, { read, execute }) {
    const { eventId } = event.data;
    const catalog = await read(catalogModel, eventId);
    if (catalog.status !== 'published') return;
    const planVersion = catalog.seating?.planVersion;
    for (const partition of partitionsOf(catalog)) {
      const data = { eventId, ...partition, ...(planVersion ? { planVersion } : {}) };
      // OpenInventory opens or re-plans; a retired section (capacity 0) is only re-planned, which
      // does nothing to a partition that never opened.
      await execute(
        inventoryModel,
        inventoryPartitionId(eventId, partition.sectionId),
        partition.capacity === 0 && planVersion
          ? { type: 'ReplanInventory', data: { ...data, planVersion } }
          : { type: 'OpenInventory', data },
      );
    }
  },
});
