import { boundedContext, streamModel } from '../kernel';
import { ALLOWANCE_CATEGORY, allowanceDecider, allowanceSchema } from './buyer-allowance';
import { inventoryDecider } from './inventory.decider';
import { inventorySchema } from './inventory.events';
import { INVENTORY_CATEGORY } from './inventory.streams';

/** The seats of an event: one stream per event, or per section when its seating plan partitions it. */
export const inventoryModel = streamModel(INVENTORY_CATEGORY, inventoryDecider, inventorySchema);

/** A buyer's places on one event across its partitions (see buyer-allowance). */
export const allowanceModel = streamModel(ALLOWANCE_CATEGORY, allowanceDecider, allowanceSchema);

export const inventoryContext = boundedContext('inventory', [inventoryModel, allowanceModel]);
