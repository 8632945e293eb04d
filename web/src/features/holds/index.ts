export { HoldForm } from './HoldForm';
export { MyHoldsPage } from './MyHoldsPage';
export { usePlaceHold, useReleaseHold } from './useHoldMutations';
export { useMyHolds } from './useMyHolds';
export type { Hold, HoldSeatingChoice, PlacedHold } from './holds.types';
