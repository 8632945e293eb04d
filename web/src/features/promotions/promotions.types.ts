import type { Money } from '../../lib/money';

export type PromoDiscount =
  | { kind: 'percent'; percent: number }
  | { kind: 'amount'; amount: Money }
  | { kind: 'free-ticket' }
  /** An access code only. */
  | { kind: 'none' };

/** What an access code opens: hidden price tiers (ids), holds before sales open. */
export type PromoAccess = { tierIds?: string[]; presale?: boolean };

/** `GET /api/promo-codes`: an organizer's code with its terms and how much it is used. */
export type PromoCode = {
  promoId: string;
  organizerId: string;
  code: string;
  status: 'active' | 'disabled';
  discount: PromoDiscount;
  maxUses?: number;
  maxUsesPerBuyer?: number;
  validFrom?: string;
  validUntil?: string;
  eventIds?: string[];
  tierIds?: string[];
  access?: PromoAccess;
  uses: number;
  redemptions: number;
  discounted: Money | null;
  createdAt: string;
};

/** `POST /api/promo-codes`: exactly one of percentOff, amountOff, freeTicket, or none with `access`. */
export type NewPromoCode = {
  code: string;
  percentOff?: number;
  amountOff?: Money;
  freeTicket?: true;
  maxUses?: number;
  maxUsesPerBuyer?: number;
  validFrom?: string;
  validUntil?: string;
  eventIds?: string[];
  tierIds?: string[];
  access?: PromoAccess;
};
