import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CatalogReader, CommandPipeline, inventoryModel, salesRulesOf } from '@booking/command-pipeline';
import {
  DomainError,
  HOLD_TTL_SECONDS,
  type SalesRules,
  type SeatsHeld,
  inventoryPartitionId,
  parseSeatId,
} from '@booking/domain';
import { mintId } from '../../http/command-context';
import { CLOCK, type Clock, ID_GENERATOR, type IdGenerator } from '@booking/platform';
import { BuyerAllowance } from '../buyer-allowance';
import { EventSections } from '../event-sections';
import { HoldSeatsCommand, type HoldSeatsResult } from './hold-seats.command';

@CommandHandler(HoldSeatsCommand)
export class HoldSeatsHandler implements ICommandHandler<HoldSeatsCommand, HoldSeatsResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly sections: EventSections,
    private readonly catalog: CatalogReader,
    private readonly allowance: BuyerAllowance,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute(command: HoldSeatsCommand): Promise<HoldSeatsResult> {
    const { eventId, quantity, ttlSeconds, context, seatIds } = command;
    const holdId = mintId(context, this.ids, 'hold');
    const catalog = await this.catalog.current(eventId);
    // An unknown event has no rules: the inventory answers "not on sale" for it.
    const rules: SalesRules = catalog.status === 'none' ? { maxPerOrder: 0 } : salesRulesOf(catalog);
    const metadata = { now: this.clock.now(), actor: context.actor };
    const ttl = ttlSeconds ?? HOLD_TTL_SECONDS.default;
    const hold = (sectionId: string | undefined) =>
      this.pipeline.execute(
        inventoryModel,
        inventoryPartitionId(eventId, sectionId),
        {
          type: 'HoldSeats',
          data: {
            eventId,
            holdId,
            quantity,
            ttlSeconds: ttl,
            ...(sectionId ? { sectionId } : {}),
            ...(seatIds ? { seatIds } : {}),
            rules,
          },
          metadata,
        },
        context,
      );
    const asked = command.sectionId ?? sectionOfSeats(seatIds);
    // The common case (no plan, or the section named) is one append; the plan is only looked up
    // when the partition asked for is not on sale, to tell which section was meant.
    const holdSomewhere = () =>
      hold(asked).catch(async (error: unknown) => {
        if (!(error instanceof DomainError) || error.code !== 'inventory.not-on-sale') throw error;
        const section = await this.sections.resolve(eventId, asked);
        if (section === undefined) throw error;
        return hold(section);
      });
    const { maxPerBuyer } = rules;
    const outcome =
      catalog.status === 'published' && maxPerBuyer !== undefined
        ? await this.allowance.around(
            { eventId, holdId, quantity, ttlSeconds: ttl, rules: { ...rules, maxPerBuyer } },
            metadata,
            context,
            holdSomewhere,
          )
        : await holdSomewhere();
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

/** Seat ids name their section ("stalls:B:12"); seats from several sections are refused. */
function sectionOfSeats(seatIds: string[] | undefined): string | undefined {
  if (!seatIds?.length) return undefined;
  const sections = new Set(seatIds.map((id) => parseSeatId(id).sectionId));
  if (sections.size > 1) {
    throw DomainError.validation('inventory.mixed-sections', 'One hold takes seats of one section', {
      sections: [...sections],
    });
  }
  return [...sections][0];
}
