import { catalogModel, inventoryModel } from '@booking/command-pipeline';
import { inventoryPartitionId, salesRulesOf, sectionIdsOf, waitlistOfferSecondsOf } from '@booking/domain';
import type { PolicyContext } from '../policy';
import { definePolicy } from '../policy';

/**
 * Places that free up go to the waitlist (docs/waitlist.md). Whenever a partition may have places
 * for the people waiting on it (a hold released or expired, an offer lapsed, a booking's hold
 * given back, sold tickets returned, the plan re-planned, someone joining or leaving), it gets
 * OfferWaitlist with the catalog's current rules: the inventory decides who, in join order, gets
 * an exclusive hold for the organizer's offer time. Nothing to offer appends nothing.
 * EventDetailsUpdated: the organizer turned the waitlist off (ClearWaitlist on every partition:
 * everyone waiting is told it is gone), or changed what an offer may be (sales window), so every
 * partition is offered again.
 */
export const waitlistOffers = definePolicy({
  id: 'policy:waitlist-offers',
  on: [
    'HoldReleased',
    'HoldExpired',
    'SoldSeatsReturned',
    'InventoryReplanned',
    'WaitlistJoined',
    'WaitlistLeft',
    'EventDetailsUpdated',
  ],
  async handle(event, context) {
    const { eventId } = event.data;
    if (event.type !== 'EventDetailsUpdated') {
      return offer(context, eventId, 'sectionId' in event.data ? event.data.sectionId : undefined);
    }
    const catalog = await context.read(catalogModel, eventId);
    if (catalog.status === 'none') return;
    const sections = [undefined, ...sectionIdsOf(catalog)];
    if (event.data.changes.waitlist === false) {
      for (const sectionId of sections) {
        await context.execute(inventoryModel, inventoryPartitionId(eventId, sectionId), {
          type: 'ClearWaitlist',
          data: { eventId, reason: 'The organizer closed the waitlist' },
        });
      }
      return;
    }
    for (const sectionId of sections) await offer(context, eventId, sectionId);
  },
});

async function offer({ read, execute }: PolicyContext, eventId: string, sectionId: string | undefined) {
  // Most releases and expiries happen with nobody waiting: then there is nothing to read or decide.
  const partitionId = inventoryPartitionId(eventId, sectionId);
  if ((await read(inventoryModel, partitionId)).waitlist.size === 0) return;
  const catalog = await read(catalogModel, eventId);
  if (catalog.status !== 'published') return;
  await execute(inventoryModel, partitionId, {
    type: 'OfferWaitlist',
    data: { eventId, offerSeconds: waitlistOfferSecondsOf(catalog), rules: salesRulesOf(catalog) },
  });
}
