import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, catalogModel } from '@booking/command-pipeline';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { sanitizeDescription } from '../rich-text';
import { allowedCategories } from '../shared/allowed-categories';
import { EditEventCommand, type EditEventResult } from './edit-event.command';

@CommandHandler(EditEventCommand)
export class EditEventHandler implements ICommandHandler<EditEventCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ data: { eventId, changes }, context }: EditEventCommand): Promise<EditEventResult> {
    const sanitized = {
      ...changes,
      ...(changes.description !== undefined ? { description: sanitizeDescription(changes.description) } : {}),
    };
    const outcome = await this.pipeline.execute(
      catalogModel,
      eventId,
      {
        type: 'UpdateEventDetails',
        // Only an edit that sets a category needs the list.
        data: {
          eventId,
          changes: sanitized,
          allowedCategories: changes.category !== undefined ? await allowedCategories(this.store) : [],
        },
      },
      context,
    );
    return {
      changed: outcome.events.length > 0,
      status: outcome.state.status,
      position: outcome.position,
      revision: outcome.nextRevision,
    };
  }
}
