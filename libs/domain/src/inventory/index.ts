export * from './inventory.commands';
export * from './inventory.decider';
export { HOLD_TTL_SECONDS } from './inventory.decide';
export { checkoutable, isCheckedOutTo } from './inventory.checkout';
export { MAX_GROUP_SIZE, MAX_SEATS_PER_HOLD } from './inventory.rules';
export { WAITLIST_OFFER_SECONDS } from './inventory.waitlist';
export * from './inventory.events';
export {
  type Hold,
  type InventoryState,
  freeSeats,
  publicFreeSeats,
  waitingPlaces,
  type WaitlistEntry,
  initialInventoryState,
  isActive as isActiveHold,
  isTaken as isSeatTaken,
} from './inventory.state';
export * from './inventory.streams';
export * from './buyer-allowance';
export * from './hold-section';
export * from './inventory.context';
export * from './sales-rules-of';
