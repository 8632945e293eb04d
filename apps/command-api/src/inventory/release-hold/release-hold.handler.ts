import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, inventoryModel } from '@booking/command-pipeline';
import { DomainError, inventoryPartitionId } from '@booking/domain';
import { BuyerAllowance } from '../shared/buyer-allowance';
import { EventSections } from '../shared/event-sections';
import { ReleaseHoldCommand, type ReleaseHoldResult } from './release-hold.command';

@CommandHandler(ReleaseHoldCommand)
export class ReleaseHoldHandler implements ICommandHandler<ReleaseHoldCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly sections: EventSections,
    private readonly allowance: BuyerAllowance,
  ) {}

  async execute({ data, context }: ReleaseHoldCommand): Promise<ReleaseHoldResult> {
    const { eventId, holdId, sectionId } = data;
    const release = async (section: string | undefined) => {
      const outcome = await this.pipeline.execute(
        inventoryModel,
        inventoryPartitionId(eventId, section),
        { type: 'ReleaseHold', data: { eventId, holdId } },
        context,
      );
      // The holder's places stop counting towards a per-buyer limit (nothing to do without one).
      const released = outcome.events.find((e) => e.type === 'HoldReleased');
      if (released) await this.allowance.giveBack(eventId, released.data.holderId, holdId, context);
      return outcome;
    };
    if (sectionId !== undefined) return { holdId, position: (await release(sectionId)).position };
    // Without the section (an older client), look for the hold in the whole-event partition, then in each section's.
    let notFound: unknown;
    for (const section of [undefined, ...(await this.sections.all(eventId))]) {
      try {
        return { holdId, position: (await release(section)).position };
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'inventory.hold-not-found') throw error;
        notFound = error;
      }
    }
    throw notFound;
  }
}
