import { boundedContext, streamModel } from '../kernel';
import { promoCodeDecider } from './promotions.decider';
import { promotionsSchema } from './promotions.events';
import { PROMO_CODE_CATEGORY } from './promotions.streams';

/** One stream per organizer's code: its terms and every use, counted on the write side. */
export const promoCodeModel = streamModel(PROMO_CODE_CATEGORY, promoCodeDecider, promotionsSchema);

export const promotionsContext = boundedContext('promotions', [promoCodeModel]);
