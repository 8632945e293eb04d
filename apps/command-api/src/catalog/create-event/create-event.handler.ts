import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, catalogModel } from '@booking/command-pipeline';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { mintId } from '../../http/command-context';
import { ID_GENERATOR, type IdGenerator } from '@booking/platform';
import { allowedCategories } from '../shared/allowed-categories';
import { sanitizeDescription } from '../rich-text';
import { CreateEventCommand, type CreateEventResult } from './create-event.command';

@CommandHandler(CreateEventCommand)
export class CreateEventHandler implements ICommandHandler<CreateEventCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ data, context }: CreateEventCommand): Promise<CreateEventResult> {
    const eventId = mintId(context, this.ids, 'event');
    const outcome = await this.pipeline.execute(
      catalogModel,
      eventId,
      {
        type: 'CreateEvent',
        data: {
          ...data,
          eventId,
          description: sanitizeDescription(data.description),
          allowedCategories: await allowedCategories(this.store),
        },
      },
      context,
    );
    return { eventId, position: outcome.position };
  }
}
