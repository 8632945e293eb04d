import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, catalogModel } from '@booking/command-pipeline';
import { PolicyExecutor, openInventory } from '@booking/process-managers';
import { PublishEventCommand, type PublishEventResult } from './publish-event.command';

@CommandHandler(PublishEventCommand)
export class PublishEventHandler implements ICommandHandler<PublishEventCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly policies: PolicyExecutor,
  ) {}

  async execute({ data, context }: PublishEventCommand): Promise<PublishEventResult> {
    const { eventId } = data;
    const published = await this.pipeline.execute(catalogModel, eventId, { type: 'PublishEvent', data }, context);
    // Open sales at once so the publisher can hold seats right away; the projector runs the
    // same idempotent policy from the log in case this process stops in between.
    const opened = await this.policies.react(openInventory, published, context.correlationId);
    return { eventId, position: opened > published.position ? opened : published.position };
  }
}
