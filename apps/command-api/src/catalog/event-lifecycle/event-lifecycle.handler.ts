import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, catalogModel } from '@booking/command-pipeline';
import type { CatalogCommand } from '@booking/domain';
import { CLOCK, type Clock } from '@booking/platform';
import { PolicyExecutor, eventCancellation } from '@booking/process-managers';
import { ChangeEventStatusCommand, type ChangeEventStatusResult } from './event-lifecycle.command';

@CommandHandler(ChangeEventStatusCommand)
export class ChangeEventStatusHandler implements ICommandHandler<ChangeEventStatusCommand, ChangeEventStatusResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly policies: PolicyExecutor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ step, eventId, reason, context }: ChangeEventStatusCommand): Promise<ChangeEventStatusResult> {
    const data = step === 'RejectEvent' || step === 'CancelEvent' ? { eventId, reason: reason ?? '' } : { eventId };
    const command = { type: step, data, metadata: { now: this.clock.now(), actor: context.actor } } as CatalogCommand;
    const outcome = await this.pipeline.execute(catalogModel, eventId, command, context);
    let position = outcome.position;
    if (step === 'CancelEvent' && outcome.events.length > 0) {
      // Close sales at once, so the answer's position already shows the holds cancelled; the
      // projector runs the same idempotent policy from the log in case this process stops here.
      const closed = await this.policies.react(eventCancellation, outcome, context.correlationId);
      if (closed > position) position = closed;
    }
    return { eventId, position, status: outcome.state.status };
  }
}
