import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type CommandContext,
  CommandPipeline,
  groupRequestModel,
  inventoryModel,
  promoCodeModel,
} from '@booking/command-pipeline';
import {
  type CatalogState,
  type GrantedAccess,
  HOLD_TTL_SECONDS,
  type SalesRules,
  type SeatsHeld,
  accessOf,
  grantFor,
  holdSection,
  inventoryPartitionId,
  requireTierAccess,
  salesLayoutOf,
  salesRulesOf,
} from '@booking/domain';
import { CLOCK, type Clock, ID_GENERATOR, type IdGenerator } from '@booking/platform';
import { promoCodeId } from '../../promotions/shared/promo-code-id';
import { mintId } from '../../http/command-context';
import { BuyerAllowance } from '../shared/buyer-allowance';
import { CatalogReader } from '../shared/catalog-reader';

import { HoldSeatsCommand, type HoldSeatsResult } from './hold-seats.command';

@CommandHandler(HoldSeatsCommand)
export class HoldSeatsHandler implements ICommandHandler<HoldSeatsCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly catalog: CatalogReader,
    private readonly allowance: BuyerAllowance,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ data, context }: HoldSeatsCommand): Promise<HoldSeatsResult> {
    const { eventId, quantity, seatIds } = data;
    const holdId = mintId(context, this.ids, 'hold');
    // The event's catalog names the rules and the partition (section) first; then one decision.
    const catalog = await this.catalog.current(eventId);
    const access = await this.access(data.accessCode, eventId, catalog, context);
    const rules = await this.withGroupGrant(
      { ...salesRulesOf(catalog), ...(access?.presale ? { presale: true } : {}) },
      data,
      context,
    );
    const sectionId = holdSection(salesLayoutOf(catalog), data);
    requireTierAccess(catalog, { sectionId, seatIds }, access?.tierIds ?? []);
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
            ...(access ? { accessPromoId: access.promoId } : {}),
          },
        },
        context,
      );
    const { maxPerBuyer } = rules;
    const held = () =>
      catalog.status === 'published' && maxPerBuyer !== undefined
        ? this.allowance.around(
            { eventId, holdId, quantity, ttlSeconds, rules: { ...rules, maxPerBuyer } },
            context,
            hold,
          )
        : hold();
    const outcome = data.groupRequestId
      ? await this.spendingGrant(data.groupRequestId, { eventId, holdId, quantity }, context, held)
      : await held();
    const seats = outcome.events[0] as SeatsHeld;
    return {
      holdId,
      eventId,
      quantity,
      expiresAt: seats.data.expiresAt,
      ...(seats.data.sectionId ? { sectionId: seats.data.sectionId } : {}),
      ...(seats.data.seatIds ? { seatIds: seats.data.seatIds } : {}),
      position: outcome.position,
    };
  }

  /** What the buyer's access code opens on this event now (checked, not counted: the checkout counts its use). */
  private async access(
    accessCode: string | undefined,
    eventId: string,
    catalog: CatalogState,
    context: HoldSeatsCommand['context'],
  ): Promise<GrantedAccess | undefined> {
    if (accessCode === undefined || catalog.status === 'none') return undefined;
    const code = await this.pipeline.read(promoCodeModel, promoCodeId(catalog.organizerId, accessCode));
    const now = context.now ?? this.clock.now();
    return accessOf(code, { eventId, eventOrganizerId: catalog.organizerId, buyerId: context.actor.userId, now });
  }

  /**
   * With an approved group request, the hold may take up to its size (and the per-buyer limit
   * stretches to it): checked here with the request's own rule before anything is written.
   */
  private async withGroupGrant(
    rules: SalesRules,
    data: HoldSeatsCommand['data'],
    context: CommandContext,
  ): Promise<SalesRules> {
    const { groupRequestId: requestId } = data;
    if (!requestId) return rules;
    const request = await this.pipeline.read(groupRequestModel, requestId);
    const now = context.now ?? this.clock.now();
    const granted = grantFor(request, {
      requestId,
      eventId: data.eventId,
      actor: context.actor,
      now,
      quantity: data.quantity,
    });
    return {
      ...rules,
      groupGrant: granted,
      ...(rules.maxPerBuyer !== undefined ? { maxPerBuyer: Math.max(rules.maxPerBuyer, granted) } : {}),
    };
  }

  /** The approval is spent first (once: its stream decides), and given back if the hold is refused. */
  private async spendingGrant<T>(
    requestId: string,
    hold: { eventId: string; holdId: string; quantity: number },
    context: CommandContext,
    run: () => Promise<T>,
  ): Promise<T> {
    // Untagged: spending again for the same hold is a no-op of the decider, and a retried hold whose
    // first try was refused (the grant given back) must be able to spend it again.
    const grantContext: CommandContext = {
      actor: context.actor,
      correlationId: context.correlationId,
      ...(context.now ? { now: context.now } : {}),
    };
    await this.pipeline.execute(
      groupRequestModel,
      requestId,
      { type: 'UseGroupGrant', data: { requestId, ...hold } },
      grantContext,
    );
    try {
      return await run();
    } catch (error) {
      await this.pipeline.execute(
        groupRequestModel,
        requestId,
        { type: 'ReturnGroupGrant', data: { requestId, holdId: hold.holdId, reason: 'The hold was refused' } },
        grantContext,
      );
      throw error;
    }
  }
}
