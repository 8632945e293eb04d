import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, catalogModel } from '@booking/command-pipeline';
import { PolicyExecutor, eventCancellation } from '@booking/process-managers';
import { ChangeEventStatusCommand, type ChangeEventStatusResult } from './event-lifecycle.command';

@CommandHandler(ChangeEventStatusCommand)
export class ChangeEventStatusHandler implements ICommandHandler<ChangeEventStatusCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly policies: PolicyExecutor,
  ) {}

  async execute({ data: change, context }: ChangeEventStatusCommand): Promise<ChangeEventStatusResult> {
    const { eventId } = change.data;
    const outcome = await this.pipeline.execute(catalogModel, eventId, change, context);
    let position = outcome.position;
    if (change.type === 'CancelEvent' && outcome.events.length > 0) {
      // Close sales at once, so the answer's position already shows the holds cancelled; the
      // projector runs the same idempotent policy from the log in case this process stops here.
      const closed = await this.policies.react(eventCancellation, outcome, context.correlationId);
      if (closed > position) position = closed;
    }
    return { eventId, position, status: outcome.state.status };
  }
}
