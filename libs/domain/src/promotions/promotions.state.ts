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
        inUse: Readonly<Record<string, string>>;
        /** Every booking that ever redeemed it (a released booking cannot redeem it again). */
        redeemed: readonly string[];
      }
    >;

export const initialPromoCodeState = (): PromoCodeState => ({ status: 'none' });

export function evolvePromoCode(state: PromoCodeState, event: PromotionEvent): PromoCodeState {
  if (event.type === 'PromoCodeCreated') return { ...event.data, status: 'active', inUse: {}, redeemed: [] };
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'PromoCodeDisabled':
      return { ...state, status: 'disabled' };
    case 'PromoCodeRedeemed':
      return {
        ...state,
        inUse: { ...state.inUse, [event.data.bookingId]: event.data.buyerId },
        redeemed: [...state.redeemed, event.data.bookingId],
      };
    case 'PromoCodeReleased': {
      const { [event.data.bookingId]: _released, ...inUse } = state.inUse;
      return { ...state, inUse };
    }
    default:
      return assertNever(event);
  }
}

/** Uses in force, in all and by one buyer. */
export function usesOf(state: Exclude<PromoCodeState, { status: 'none' }>, buyerId?: string): number {
  const buyers = Object.values(state.inUse);
  return buyerId === undefined ? buyers.length : buyers.filter((b) => b === buyerId).length;
}
