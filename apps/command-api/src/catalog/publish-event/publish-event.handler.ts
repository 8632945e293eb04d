import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, catalogModel } from '@booking/command-pipeline';
import { OpenInventoryPolicy } from '@booking/command-pipeline';
import { PublishEventCommand, type PublishEventResult } from './publish-event.command';

@CommandHandler(PublishEventCommand)
export class PublishEventHandler implements ICommandHandler<PublishEventCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly openInventory: OpenInventoryPolicy,
  ) {}

  async execute({ data, context }: PublishEventCommand): Promise<PublishEventResult> {
    const { eventId } = data;
    const published = await this.pipeline.execute(catalogModel, eventId, { type: 'PublishEvent', data }, context);
    // Open sales at once so the publisher can hold seats right away; the projector runs the
    // same idempotent policy from the log in case this process stops in between.
    const opened = await this.openInventory.open(eventId, published.eventIds[0], context.correlationId);
    return { eventId, position: opened > published.position ? opened : published.position };
  }
}
