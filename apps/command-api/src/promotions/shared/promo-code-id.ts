import { v5 as uuidv5 } from 'uuid';
import { normalizePromoCode } from '@booking/domain';

/** uuid v5 namespace of promo code ids (a fixed random uuid). */
const PROMO_NAMESPACE = '3b0f9a1e-6c2d-4e8b-a5f7-91d04c7e2b63';

/**
 * A code's stream id, from its organizer and its (case-insensitive) code: a checkout finds the
 * code the buyer typed without any index, and one organizer cannot create a code twice (the
 * stream exists), while two organizers may each have a "SPRING".
 */
export const promoCodeId = (organizerId: string, code: string) =>
  uuidv5(`${organizerId}:${normalizePromoCode(code)}`, PROMO_NAMESPACE);
