import type { PromoTerms } from '@booking/domain';
import { RequestCommand } from '../../http/request-command';

/** What the request gives; the handler derives the code's id from its organizer and its code. */
export type CreatePromoCodeData = PromoTerms & { code: string; organizerId?: string };
export type PromoCodeResult = { promoId: string; code: string; status: 'active' | 'disabled'; position: bigint };

export class CreatePromoCodeCommand extends RequestCommand<CreatePromoCodeData, PromoCodeResult> {}
