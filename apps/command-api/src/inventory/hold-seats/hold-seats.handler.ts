import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, inventoryModel } from '@booking/command-pipeline';
import { HOLD_TTL_SECONDS, type SeatsHeld } from '@booking/domain';
import { CLOCK, type Clock, ID_GENERATOR, type IdGenerator } from '@booking/platform';
import { HoldSeatsCommand, type HoldSeatsResult } from './hold-seats.command';

@CommandHandler(HoldSeatsCommand)
export class HoldSeatsHandler implements ICommandHandler<HoldSeatsCommand, HoldSeatsResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ eventId, quantity, ttlSeconds, context }: HoldSeatsCommand): Promise<HoldSeatsResult> {
    const holdId = this.ids.next();
    const outcome = await this.pipeline.execute(
      inventoryModel,
      eventId,
      {
        type: 'HoldSeats',
        data: { eventId, holdId, quantity, ttlSeconds: ttlSeconds ?? HOLD_TTL_SECONDS.default },
        metadata: { now: this.clock.now(), actor: context.actor },
      },
      context,
    );
    const held = outcome.events[0] as SeatsHeld;
    return { holdId, eventId, quantity, expiresAt: held.data.expiresAt, position: outcome.position };
  }
}
