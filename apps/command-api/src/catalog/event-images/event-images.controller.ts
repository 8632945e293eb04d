import { Controller, Delete, Inject, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CommandPipeline, catalogModel, readState } from '@booking/command-pipeline';
import { DomainError, requireEventAccess } from '@booking/domain';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { MediaLibrary, toMediaHttpError } from '@booking/files';
import { Authenticated, ProblemException, problem } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { ImageRemovedAnswer, ImageUploadedAnswer } from '../catalog.answers';

export class ImageUploadParams {
  @ApiPropertyOptional({ enum: ['cover', 'gallery'], default: 'gallery' })
  @IsOptional()
  @IsIn(['cover', 'gallery'])
  role?: 'cover' | 'gallery';
  @ApiPropertyOptional({ description: 'Alternative text for screen readers' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  alt?: string;
}

/**
 * Cover and gallery images: the raw image bytes as the body (type decided by content, at most
 * 10 MB and 40 megapixels); metadata stripped, WebP variants stored through the file storage port.
 */
@ApiTags('catalog')
@Controller('api/events/:eventId/images')
export class EventImagesController {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly media: MediaLibrary,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Post()
  @Authenticated('organizer', 'admin')
  @ApiConsumes('image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif')
  @ApiBody({ schema: { type: 'string', format: 'binary' }, description: 'The image bytes, at most 10 MB' })
  @ApiCreatedResponse({ type: ImageUploadedAnswer })
  async upload(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @Query() params: ImageUploadParams,
    @Req() request: FastifyRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
      throw new ProblemException(
        problem(
          415,
          'media/unsupported-type',
          'Unsupported Media Type',
          'Send the image bytes as the body (image/jpeg, image/png, image/webp, image/avif or image/gif)',
        ),
      );
    }
    await this.requireOwner(eventId, context); // before anything is stored
    const prefix = `events/${eventId}`;
    let stored;
    try {
      stored = await this.media.storeImage(prefix, request.body);
    } catch (error) {
      throw toMediaHttpError(error);
    }
    const image = {
      imageId: stored.imageId,
      role: params.role ?? 'gallery',
      alt: params.alt ?? '',
      variants: stored.variants.map(({ name, key, width, height }) => ({ name, key, width, height })),
    };
    try {
      const outcome = await this.pipeline.execute(
        catalogModel,
        eventId,
        {
          type: 'AddEventImage',
          data: { eventId, image: { ...image, alt: image.alt || 'Event image' } },
        },
        context,
      );
      // A new cover removes the old one: its files go too (best effort, they are unreachable anyway).
      for (const event of outcome.events) {
        if (event.type === 'EventImageRemoved')
          await this.media.deleteImage(prefix, event.data.imageId).catch(() => undefined);
      }
      void reply.status(201);
      return withPosition(reply, outcome.position, {
        imageId: stored.imageId,
        variants: stored.variants.map(({ name, url, width, height }) => ({ name, url, width, height })),
      });
    } catch (error) {
      await this.media.deleteImage(prefix, stored.imageId).catch(() => undefined); // the event refused it: leave nothing behind
      throw error;
    }
  }

  @Delete(':imageId')
  @Authenticated('organizer', 'admin')
  @ApiOkResponse({ type: ImageRemovedAnswer })
  async remove(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @Param('imageId') imageId: string,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const outcome = await this.pipeline.execute(
      catalogModel,
      eventId,
      {
        type: 'RemoveEventImage',
        data: { eventId, imageId },
      },
      context,
    );
    await this.media.deleteImage(`events/${eventId}`, imageId).catch(() => undefined);
    return withPosition(reply, outcome.position, { removed: imageId });
  }

  private async requireOwner(eventId: string, context: RequestContext): Promise<void> {
    const state = await readState(this.store, catalogModel, eventId);
    if (state.status === 'none') throw DomainError.notFound('catalog.event-not-found', `Event ${eventId} not found`);
    requireEventAccess(context.actor, state);
  }
}
