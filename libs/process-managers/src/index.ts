export * from './policy';
export * from './policy-executor';
export * from './process-managers.module';
export * from './policies';
export { openInventory } from './open-inventory/open-inventory.policy';
export { eventCancellation } from './event-cancellation/event-cancellation.policy';
