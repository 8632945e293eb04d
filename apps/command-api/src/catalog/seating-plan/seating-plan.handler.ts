import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, catalogModel, readState } from '@booking/command-pipeline';
import { nothingSold } from '@booking/domain';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { CLOCK, type Clock } from '@booking/platform';
import { PolicyExecutor, openInventory } from '@booking/process-managers';
import { readSold } from './read-sold';
import {
  ClearSeatingPlanCommand,
  type ClearSeatingPlanResult,
  SetSeatingPlanCommand,
  type SetSeatingPlanResult,
} from './seating-plan.command';

@CommandHandler(SetSeatingPlanCommand)
export class SetSeatingPlanHandler implements ICommandHandler<SetSeatingPlanCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly policies: PolicyExecutor,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ data: { eventId, plan }, context }: SetSeatingPlanCommand): Promise<SetSeatingPlanResult> {
    // What buyers hold is read here, just before the decision: the decider itself stays pure.
    const catalog = await readState(this.store, catalogModel, eventId);
    const sold =
      catalog.status === 'none' ? nothingSold() : await readSold(this.store, catalog, context.now ?? this.clock.now());
    const outcome = await this.pipeline.execute(
      catalogModel,
      eventId,
      { type: 'SetSeatingPlan', data: { eventId, plan, sold } },
      context,
    );
    const state = outcome.state;
    let position = outcome.position;
    if (state.status === 'published' && outcome.events.length > 0) {
      // Re-plan the partitions now, so the answer's position covers it; the projector runs the
      // same idempotent policy from the log in case this process stops in between.
      const replanned = await this.policies.react(openInventory, outcome, context.correlationId);
      if (replanned > position) position = replanned;
    }
    return {
      planVersion: state.status === 'none' ? 0 : (state.seating?.planVersion ?? 0),
      capacity: state.status === 'none' ? 0 : state.capacity,
      status: state.status,
      position,
      revision: outcome.nextRevision,
    };
  }
}

@CommandHandler(ClearSeatingPlanCommand)
export class ClearSeatingPlanHandler implements ICommandHandler<ClearSeatingPlanCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ data, context }: ClearSeatingPlanCommand): Promise<ClearSeatingPlanResult> {
    const outcome = await this.pipeline.execute(
      catalogModel,
      data.eventId,
      { type: 'ClearSeatingPlan', data },
      context,
    );
    return { status: outcome.state.status, position: outcome.position, revision: outcome.nextRevision };
  }
}
