import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, inventoryModel } from '@booking/command-pipeline';
import { DomainError, inventoryPartitionId } from '@booking/domain';
import { CLOCK, type Clock } from '@booking/platform';
import { EventSections } from '../event-sections';
import { ReleaseHoldCommand, type ReleaseHoldResult } from './release-hold.command';

@CommandHandler(ReleaseHoldCommand)
export class ReleaseHoldHandler implements ICommandHandler<ReleaseHoldCommand, ReleaseHoldResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly sections: EventSections,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ eventId, holdId, context, sectionId }: ReleaseHoldCommand): Promise<ReleaseHoldResult> {
    const release = (section: string | undefined) =>
      this.pipeline.execute(
        inventoryModel,
        inventoryPartitionId(eventId, section),
        { type: 'ReleaseHold', data: { eventId, holdId }, metadata: { now: this.clock.now(), actor: context.actor } },
        context,
      );
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
