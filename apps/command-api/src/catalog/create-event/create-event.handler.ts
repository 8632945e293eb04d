import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, catalogModel } from '@booking/command-pipeline';
import { CLOCK, type Clock, ID_GENERATOR, type IdGenerator } from '@booking/platform';
import { CreateEventCommand, type CreateEventResult } from './create-event.command';

@CommandHandler(CreateEventCommand)
export class CreateEventHandler implements ICommandHandler<CreateEventCommand, CreateEventResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ request, context }: CreateEventCommand): Promise<CreateEventResult> {
    const eventId = this.ids.next();
    const { title, description, category, startsAt, venue, capacity } = request;
    const outcome = await this.pipeline.execute(
      catalogModel,
      eventId,
      {
        type: 'CreateEvent',
        data: { eventId, title, description: description ?? '', category, startsAt, venue: { ...venue }, capacity },
        metadata: { now: this.clock.now(), actor: context.actor },
      },
      context,
    );
    return { eventId, position: outcome.position };
  }
}
