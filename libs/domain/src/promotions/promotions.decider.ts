import type { Decider } from '../kernel';
import type { PromotionCommand } from './promotions.commands';
import { decidePromoCode } from './promotions.decide';
import type { PromotionEvent } from './promotions.events';
import { type PromoCodeState, evolvePromoCode, initialPromoCodeState } from './promotions.state';

export const promoCodeDecider: Decider<PromoCodeState, PromotionCommand, PromotionEvent> = {
  initialState: initialPromoCodeState,
  decide: decidePromoCode,
  evolve: evolvePromoCode,
};
