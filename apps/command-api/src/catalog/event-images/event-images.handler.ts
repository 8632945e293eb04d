import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, catalogModel, readState } from '@booking/command-pipeline';
import { DomainError, requireEventAccess } from '@booking/domain';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { MediaLibrary, toMediaHttpError } from '@booking/files';
import type { RequestContext } from '../../http/command-context';
import {
  AddEventImageCommand,
  type AddEventImageResult,
  RemoveEventImageCommand,
  type RemoveEventImageResult,
} from './event-images.command';

@CommandHandler(AddEventImageCommand)
export class AddEventImageHandler implements ICommandHandler<AddEventImageCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly media: MediaLibrary,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ data: { eventId, bytes, role, alt }, context }: AddEventImageCommand): Promise<AddEventImageResult> {
    await this.requireOwner(eventId, context); // before anything is stored
    const prefix = `events/${eventId}`;
    let stored;
    try {
      stored = await this.media.storeImage(prefix, bytes);
    } catch (error) {
      throw toMediaHttpError(error);
    }
    const image = {
      imageId: stored.imageId,
      role,
      alt: alt || 'Event image',
      variants: stored.variants.map(({ name, key, width, height }) => ({ name, key, width, height })),
    };
    try {
      const outcome = await this.pipeline.execute(
        catalogModel,
        eventId,
        { type: 'AddEventImage', data: { eventId, image } },
        context,
      );
      // A new cover removes the old one: its files go too (best effort, they are unreachable anyway).
      for (const event of outcome.events) {
        if (event.type === 'EventImageRemoved')
          await this.media.deleteImage(prefix, event.data.imageId).catch(() => undefined);
      }
      return {
        imageId: stored.imageId,
        variants: stored.variants.map(({ name, url, width, height }) => ({ name, url, width, height })),
        position: outcome.position,
      };
    } catch (error) {
      await this.media.deleteImage(prefix, stored.imageId).catch(() => undefined); // the event refused it: leave nothing behind
      throw error;
    }
  }

  private async requireOwner(eventId: string, context: RequestContext): Promise<void> {
    const state = await readState(this.store, catalogModel, eventId);
    if (state.status === 'none') throw DomainError.notFound('catalog.event-not-found', `Event ${eventId} not found`);
    requireEventAccess(context.actor, state);
  }
}

@CommandHandler(RemoveEventImageCommand)
export class RemoveEventImageHandler implements ICommandHandler<RemoveEventImageCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly media: MediaLibrary,
  ) {}

  async execute({ data, context }: RemoveEventImageCommand): Promise<RemoveEventImageResult> {
    const outcome = await this.pipeline.execute(
      catalogModel,
      data.eventId,
      { type: 'RemoveEventImage', data },
      context,
    );
    await this.media.deleteImage(`events/${data.eventId}`, data.imageId).catch(() => undefined);
    return { position: outcome.position };
  }
}
