import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, inventoryModel } from '@booking/command-pipeline';
import { CLOCK, type Clock } from '@booking/platform';
import { ReleaseHoldCommand, type ReleaseHoldResult } from './release-hold.command';

@CommandHandler(ReleaseHoldCommand)
export class ReleaseHoldHandler implements ICommandHandler<ReleaseHoldCommand, ReleaseHoldResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ eventId, holdId, context }: ReleaseHoldCommand): Promise<ReleaseHoldResult> {
    const outcome = await this.pipeline.execute(
      inventoryModel,
      eventId,
      { type: 'ReleaseHold', data: { eventId, holdId }, metadata: { now: this.clock.now(), actor: context.actor } },
      context,
    );
    return { holdId, position: outcome.position };
  }
}
