import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, catalogModel } from '@booking/command-pipeline';
import { CLOCK, type Clock } from '@booking/platform';
import { PolicyExecutor, openInventory } from '@booking/process-managers';
import { PublishEventCommand, type PublishEventResult } from './publish-event.command';

@CommandHandler(PublishEventCommand)
export class PublishEventHandler implements ICommandHandler<PublishEventCommand, PublishEventResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly policies: PolicyExecutor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ eventId, context }: PublishEventCommand): Promise<PublishEventResult> {
    const published = await this.pipeline.execute(
      catalogModel,
      eventId,
      { type: 'PublishEvent', data: { eventId }, metadata: { now: this.clock.now(), actor: context.actor } },
      context,
    );
    // Open sales at once so the publisher can hold seats right away; the projector runs the
    // same idempotent policy from the log in case this process stops in between.
    const opened = await this.policies.react(openInventory, published, context.correlationId);
    return { eventId, position: opened > published.position ? opened : published.position };
  }
}
