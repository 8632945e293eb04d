import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, catalogModel } from '@booking/command-pipeline';
import type { CatalogCommand } from '@booking/domain';
import { CLOCK, type Clock } from '@booking/platform';
import { ChangeEventStatusCommand, type ChangeEventStatusResult } from './event-lifecycle.command';

@CommandHandler(ChangeEventStatusCommand)
export class ChangeEventStatusHandler implements ICommandHandler<ChangeEventStatusCommand, ChangeEventStatusResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ step, eventId, reason, context }: ChangeEventStatusCommand): Promise<ChangeEventStatusResult> {
    const data = step === 'RejectEvent' || step === 'CancelEvent' ? { eventId, reason: reason ?? '' } : { eventId };
    const command = { type: step, data, metadata: { now: this.clock.now(), actor: context.actor } } as CatalogCommand;
    const outcome = await this.pipeline.execute(catalogModel, eventId, command, context);
    return { eventId, position: outcome.position, status: outcome.state.status };
  }
}
