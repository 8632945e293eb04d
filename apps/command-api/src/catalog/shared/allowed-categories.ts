import { CATEGORY_LIST_ID, activeCategorySlugs } from '@booking/domain';
import type { EventStore } from '@booking/event-store';
import { categoryListModel, readState } from '@booking/command-pipeline';

/**
 * The category slugs a new event or an edit may pick, read from the list's stream (the write side
 * never decides on a read model). One short stream read; the catalog decider gets the answer in
 * its command, so it stays pure. An admin retiring a category while an event is being created may
 * lose that race by a few milliseconds: the event then keeps the category, as older events do.
 */
export async function allowedCategories(store: EventStore): Promise<string[]> {
  return activeCategorySlugs(await readState(store, categoryListModel, CATEGORY_LIST_ID));
}
