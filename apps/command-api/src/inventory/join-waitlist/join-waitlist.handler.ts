import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, inventoryModel } from '@booking/command-pipeline';
import { holdSection, inventoryPartitionId, salesLayoutOf, salesRulesOf } from '@booking/domain';
import { ID_GENERATOR, type IdGenerator } from '@booking/platform';
import { PolicyExecutor, waitlistOffers } from '@booking/process-managers';
import { mintId } from '../../http/command-context';
import { CatalogReader } from '../shared/catalog-reader';
import { JoinWaitlistCommand, type JoinWaitlistResult } from './join-waitlist.command';

@CommandHandler(JoinWaitlistCommand)
export class JoinWaitlistHandler implements ICommandHandler<JoinWaitlistCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly catalog: CatalogReader,
    private readonly policies: PolicyExecutor,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ data, context }: JoinWaitlistCommand): Promise<JoinWaitlistResult> {
    const { eventId, quantity } = data;
    const entryId = mintId(context, this.ids, 'waitlist');
    // As for a hold: the catalog names the rules and the partition (section) first; then one decision.
    const catalog = await this.catalog.current(eventId);
    const sectionId = holdSection(salesLayoutOf(catalog), { sectionId: data.sectionId });
    const outcome = await this.pipeline.execute(
      inventoryModel,
      inventoryPartitionId(eventId, sectionId),
      {
        type: 'JoinWaitlist',
        data: { eventId, entryId, quantity, ...(sectionId ? { sectionId } : {}), rules: salesRulesOf(catalog) },
      },
      context,
    );
    const place = [...outcome.state.waitlist.keys()].indexOf(entryId) + 1;
    // Places free but kept for earlier, larger entries may fit this one: offered now, not on the projector's next pass.
    const offered = await this.policies.react(waitlistOffers, outcome, context.correlationId);
    return {
      entryId,
      eventId,
      quantity,
      ...(sectionId ? { sectionId } : {}),
      place: place > 0 ? place : 1,
      position: offered > outcome.position ? offered : outcome.position,
    };
  }
}
