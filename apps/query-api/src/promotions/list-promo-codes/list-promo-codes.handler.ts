import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { PromoCodeDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import type { PromoCodeView } from '../promotions.views';
import { ListPromoCodesQuery, PROMO_CODES_LIMIT } from './list-promo-codes.query';

@QueryHandler(ListPromoCodesQuery)
export class ListPromoCodesHandler implements IQueryHandler<ListPromoCodesQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { organizerId } }: ListPromoCodesQuery) {
    const codes = await this.readModels.collection<PromoCodeDoc>('promo-codes');
    const docs = await codes.find(organizerId ? { organizerId } : {}, {
      sort: { organizerId: 1, code: 1 },
      limit: PROMO_CODES_LIMIT,
    });
    return {
      items: docs.map(
        ({ _id, _position: _ignored, ...rest }): PromoCodeView => ({ promoId: _id, ...rest }) as PromoCodeView,
      ),
    };
  }
}
