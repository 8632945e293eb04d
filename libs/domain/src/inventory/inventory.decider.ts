import type { Decider } from '../kernel';
import type { InventoryCommand } from './inventory.commands';
import { decideInventory } from './inventory.decide';
import type { InventoryEvent } from './inventory.events';
import { type InventoryState, evolveInventory, initialInventoryState } from './inventory.state';

export const inventoryDecider: Decider<InventoryState, InventoryCommand, InventoryEvent> = {
  initialState: initialInventoryState,
  decide: decideInventory,
  evolve: evolveInventory,
};
