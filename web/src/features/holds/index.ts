export { HoldForm } from './HoldForm';
export { holdRef } from './HeldMessage';
export { MyHoldsPage } from './MyHoldsPage';
export { HoldCountdown } from './HoldCountdown';
export { usePlaceHold, useReleaseHold } from './useHoldMutations';
export { useMyHolds } from './useMyHolds';
export { useCountdown } from './useCountdown';
export { myHoldsKey } from './holds.api';
export type { Hold, HoldSeatingChoice, PlacedHold } from './holds.types';
