import { assertNever } from '../kernel';
import type { PromoTerms, PromotionEvent } from './promotions.events';

export type PromoCodeState =
  | Readonly<{ status: 'none' }>
  | Readonly<
      PromoTerms & {
        status: 'active' | 'disabled';
        promoId: string;
        organizerId: string;
        code: string;
        /** Bookings using the code now, with their buyer (a released use is gone from here). */
        inUse: ReadonlyMap<string, string>;
        /** Every booking that ever redeemed it (a released booking cannot redeem it again). */
        redeemed: ReadonlySet<string>;
      }
    >;

export const initialPromoCodeState = (): PromoCodeState => ({ status: 'none' });

// evolve changes the uses of the state it is given in place (see Decider): a popular code is
// redeemed by thousands of bookings, and copying its uses per redemption made the fold quadratic.
export function evolvePromoCode(state: PromoCodeState, event: PromotionEvent): PromoCodeState {
  if (event.type === 'PromoCodeCreated')
    return { ...event.data, status: 'active', inUse: new Map(), redeemed: new Set() };
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'PromoCodeDisabled':
      return { ...state, status: 'disabled' };
    case 'PromoCodeRedeemed':
      (state.inUse as Map<string, string>).set(event.data.bookingId, event.data.buyerId);
      (state.redeemed as Set<string>).add(event.data.bookingId);
      return { ...state };
    case 'PromoCodeReleased':
      (state.inUse as Map<string, string>).delete(event.data.bookingId);
      return { ...state };
    default:
      return assertNever(event);
  }
}

/** Uses in force, in all and by one buyer. */
export function usesOf(state: Exclude<PromoCodeState, { status: 'none' }>, buyerId?: string): number {
  if (buyerId === undefined) return state.inUse.size;
  let uses = 0;
  for (const buyer of state.inUse.values()) if (buyer === buyerId) uses++;
  return uses;
}
