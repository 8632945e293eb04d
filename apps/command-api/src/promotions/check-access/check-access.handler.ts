import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CommandPipeline, promoCodeModel } from '@booking/command-pipeline';
import { DomainError, accessOf, hiddenTierIds, salesPeriodOf } from '@booking/domain';
import { CLOCK, type Clock } from '@booking/platform';
import { CatalogReader } from '../../inventory/shared/catalog-reader';
import { promoCodeId } from '../shared/promo-code-id';
import { CheckAccessQuery, type EventAccess } from './check-access.query';

/**
 * The same check a hold with the code makes (`accessOf` on the code's stream), answered before
 * any hold: which hidden tiers of this event it shows, and whether it holds before sales open.
 * An unknown code, another organizer's and one for other events all read as `promo.unknown-code`.
 */
@QueryHandler(CheckAccessQuery)
export class CheckAccessHandler implements IQueryHandler<CheckAccessQuery> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly catalogs: CatalogReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ data, context }: CheckAccessQuery): Promise<EventAccess> {
    const { eventId } = data;
    const catalog = await this.catalogs.current(eventId);
    if (catalog.status !== 'published') {
      throw DomainError.notFound('booking.not-on-sale', 'This event is not on sale');
    }
    const code = await this.pipeline.read(promoCodeModel, promoCodeId(catalog.organizerId, data.code));
    const now = context.now ?? this.clock.now();
    const access = accessOf(code, {
      eventId,
      eventOrganizerId: catalog.organizerId,
      buyerId: context.actor.userId,
      now,
    });
    const hidden = hiddenTierIds(catalog);
    const tiers = (catalog.details.priceTiers ?? []).filter((t) => hidden.has(t.id) && access.tierIds.includes(t.id));
    const sales = salesPeriodOf(catalog.details, catalog.startsAt);
    const presale = access.presale && sales.opensAt !== undefined;
    if (tiers.length === 0 && !presale) {
      throw DomainError.validation(
        'promo.no-access',
        `The code ${access.code} does not unlock anything on this event`,
        {
          field: 'code',
        },
      );
    }
    return { eventId, code: access.code, presale: access.presale, tiers, sales };
  }
}
