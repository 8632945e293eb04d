import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, inventoryModel } from '@booking/command-pipeline';
import { inventoryPartitionId } from '@booking/domain';
import { PolicyExecutor, waitlistOffers } from '@booking/process-managers';
import { CatalogReader } from '../shared/catalog-reader';
import { EventSections } from '../shared/event-sections';
import { LeaveWaitlistCommand, type LeaveWaitlistResult } from './leave-waitlist.command';

/** Its holder leaves the waitlist, or the event's organizer (or an admin) removes the entry. */
@CommandHandler(LeaveWaitlistCommand)
export class LeaveWaitlistHandler implements ICommandHandler<LeaveWaitlistCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly catalog: CatalogReader,
    private readonly sections: EventSections,
    private readonly policies: PolicyExecutor,
  ) {}

  async execute({ data, context }: LeaveWaitlistCommand): Promise<LeaveWaitlistResult> {
    const { eventId, entryId } = data;
    const catalog = await this.catalog.current(eventId);
    const asOrganizer = catalog.status !== 'none' && catalog.organizerId === context.actor.userId;
    const sectionId = await this.sections.waiting(eventId, entryId);
    const outcome = await this.pipeline.execute(
      inventoryModel,
      inventoryPartitionId(eventId, sectionId),
      { type: 'LeaveWaitlist', data: { eventId, entryId, ...(asOrganizer ? { asOrganizer } : {}) } },
      context,
    );
    // Someone behind may fit the places kept for this entry: offered now.
    const offered = await this.policies.react(waitlistOffers, outcome, context.correlationId);
    return { entryId, position: offered > outcome.position ? offered : outcome.position };
  }
}
