import { type Money, type PromoTerms, promotionsContext } from '@booking/domain';
import { changed, defineProjection, type Projected } from '../projection';

/** Answers "which codes does this organizer have, and how much are they used" (the organizer and admins). */
export type PromoCodeDoc = Projected &
  PromoTerms & {
    organizerId: string;
    code: string;
    status: 'active' | 'disabled';
    /** Bookings using it now (what its limit counts). */
    uses: number;
    /** Bookings that ever redeemed it, and what it took off them in all (a released use stays counted here). */
    redemptions: number;
    discounted: Money | null;
    createdAt: string;
  };

export const promoCodesProjection = defineProjection<PromoCodeDoc>()({
  name: 'promo-codes',
  version: 1,
  reads: [promotionsContext],
  keyOf: (event) => event.data.promoId,
  indexes: [{ keys: { organizerId: 1, code: 1 } }],
  on: {
    PromoCodeCreated: (_doc, { data, metadata }) => {
      const { promoId, ...terms } = data;
      return {
        _id: promoId,
        ...terms,
        status: 'active',
        uses: 0,
        redemptions: 0,
        discounted: null,
        createdAt: metadata.occurredAt,
      };
    },
    PromoCodeDisabled: (doc) => changed(doc, (rest) => ({ ...rest, status: 'disabled' })),
    PromoCodeRedeemed: (doc, { data }) =>
      changed(doc, (rest) => ({
        ...rest,
        uses: rest.uses + 1,
        redemptions: rest.redemptions + 1,
        discounted: {
          amount: (rest.discounted?.amount ?? 0) + data.discount.amount,
          currency: data.discount.currency,
        },
      })),
    PromoCodeReleased: (doc) => changed(doc, (rest) => ({ ...rest, uses: Math.max(0, rest.uses - 1) })),
  },
});
