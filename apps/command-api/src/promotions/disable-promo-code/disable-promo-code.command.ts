import type { DisablePromoCode } from '@booking/domain';
import { RequestCommand } from '../../http/request-command';
import type { PromoCodeResult } from '../create-promo-code/create-promo-code.command';

export class DisablePromoCodeCommand extends RequestCommand<DisablePromoCode['data'], PromoCodeResult> {}
