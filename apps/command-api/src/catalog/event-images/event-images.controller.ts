import { Controller, Delete, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authenticated, ProblemException, problem } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { ImageRemovedAnswer, ImageUploadedAnswer } from '../catalog.answers';
import { AddEventImageCommand, RemoveEventImageCommand } from './event-images.command';
import { ImageUploadParams } from './event-images.request';

/**
 * Cover and gallery images: the raw image bytes as the body (type decided by content, at most
 * 10 MB and 40 megapixels); metadata stripped, WebP variants stored through the file storage port.
 */
@ApiTags('catalog')
@Controller('api/events/:eventId/images')
export class EventImagesController {
  constructor(private readonly commands: CommandBus) {}

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
    const { position, ...result } = await this.commands.execute(
      new AddEventImageCommand({
        data: { eventId, bytes: request.body, role: params.role ?? 'gallery', alt: params.alt ?? '' },
        context,
      }),
    );
    void reply.status(201);
    return withPosition(reply, position, result);
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
    const { position } = await this.commands.execute(
      new RemoveEventImageCommand({ data: { eventId, imageId }, context }),
    );
    return withPosition(reply, position, { removed: imageId });
  }
}
