import { Query } from '@nestjs/cqrs';
import type { PromoCodesView } from '../promotions.views';

/** The most codes one answer lists. */
export const PROMO_CODES_LIMIT = 500;

/** An organizer's codes (`organizerId`), or every code (an admin without a filter). */
export class ListPromoCodesQuery extends Query<PromoCodesView> {
  constructor(readonly args: Readonly<{ organizerId?: string }>) {
    super();
  }
}
