import {
  CATALOG_CATEGORY,
  type CatalogCommand,
  type CatalogEvent,
  type CatalogState,
  INVENTORY_CATEGORY,
  type InventoryCommand,
  type InventoryEvent,
  type InventoryState,
  catalogDecider,
  catalogSchema,
  inventoryDecider,
  inventorySchema,
} from '@booking/domain';
import type { WriteModel } from './write-model';

export const catalogModel: WriteModel<CatalogState, CatalogCommand, CatalogEvent> = {
  category: CATALOG_CATEGORY,
  decider: catalogDecider,
  schema: catalogSchema,
};

export const inventoryModel: WriteModel<InventoryState, InventoryCommand, InventoryEvent> = {
  category: INVENTORY_CATEGORY,
  decider: inventoryDecider,
  schema: inventorySchema,
};
