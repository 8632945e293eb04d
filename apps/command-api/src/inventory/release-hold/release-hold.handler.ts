import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, inventoryModel } from '@booking/command-pipeline';
import { inventoryPartitionId } from '@booking/domain';
import { PolicyExecutor, waitlistOffers } from '@booking/process-managers';
import { BuyerAllowance } from '../shared/buyer-allowance';
import { EventSections } from '../shared/event-sections';
import { ReleaseHoldCommand, type ReleaseHoldResult } from './release-hold.command';

@CommandHandler(ReleaseHoldCommand)
export class ReleaseHoldHandler implements ICommandHandler<ReleaseHoldCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly sections: EventSections,
    private readonly allowance: BuyerAllowance,
    private readonly policies: PolicyExecutor,
  ) {}

  async execute({ data, context }: ReleaseHoldCommand): Promise<ReleaseHoldResult> {
    const { eventId, holdId, sectionId } = data;
    // Without the section (an older client), the partition that has the hold is found first; one decision then.
    const section = sectionId ?? (await this.sections.holding(eventId, holdId));
    const outcome = await this.pipeline.execute(
      inventoryModel,
      inventoryPartitionId(eventId, section),
      { type: 'ReleaseHold', data: { eventId, holdId } },
      context,
    );
    // The holder's places stop counting towards a per-buyer limit (nothing to do without one).
    const released = outcome.events.find((e) => e.type === 'HoldReleased');
    if (released) await this.allowance.giveBack(eventId, released.data.holderId, holdId, context);
    // The freed places go to the waitlist now (the projector's run of the policy then finds it done).
    const offered = await this.policies.react(waitlistOffers, outcome, context.correlationId);
    return { holdId, position: offered > outcome.position ? offered : outcome.position };
  }
}
