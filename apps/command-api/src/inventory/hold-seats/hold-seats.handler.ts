import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, inventoryModel } from '@booking/command-pipeline';
import { HOLD_TTL_SECONDS, type SeatsHeld, holdSection, inventoryPartitionId } from '@booking/domain';
import { ID_GENERATOR, type IdGenerator } from '@booking/platform';
import { mintId } from '../../http/command-context';
import { BuyerAllowance } from '../shared/buyer-allowance';
import { CatalogReader } from '../shared/catalog-reader';
import { salesLayoutOf, salesRulesOf } from '../shared/sales-rules';
import { HoldSeatsCommand, type HoldSeatsResult } from './hold-seats.command';

@CommandHandler(HoldSeatsCommand)
export class HoldSeatsHandler implements ICommandHandler<HoldSeatsCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly catalog: CatalogReader,
    private readonly allowance: BuyerAllowance,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ data, context }: HoldSeatsCommand): Promise<HoldSeatsResult> {
    const { eventId, quantity, seatIds } = data;
    const holdId = mintId(context, this.ids, 'hold');
    // The event's catalog names the rules and the partition (section) first; then one decision.
    const catalog = await this.catalog.current(eventId);
    const rules = salesRulesOf(catalog);
    const sectionId = holdSection(salesLayoutOf(catalog), data);
    const ttlSeconds = data.ttlSeconds ?? HOLD_TTL_SECONDS.default;
    const hold = () =>
      this.pipeline.execute(
        inventoryModel,
        inventoryPartitionId(eventId, sectionId),
        {
          type: 'HoldSeats',
          data: {
            eventId,
            holdId,
            quantity,
            ttlSeconds,
            ...(sectionId ? { sectionId } : {}),
            ...(seatIds ? { seatIds } : {}),
            rules,
          },
        },
        context,
      );
    const { maxPerBuyer } = rules;
    const outcome =
      catalog.status === 'published' && maxPerBuyer !== undefined
        ? await this.allowance.around(
            { eventId, holdId, quantity, ttlSeconds, rules: { ...rules, maxPerBuyer } },
            context,
            hold,
          )
        : await hold();
    const held = outcome.events[0] as SeatsHeld;
    return {
      holdId,
      eventId,
      quantity,
      expiresAt: held.data.expiresAt,
      ...(held.data.sectionId ? { sectionId: held.data.sectionId } : {}),
      ...(held.data.seatIds ? { seatIds: held.data.seatIds } : {}),
      position: outcome.position,
    };
  }
}
