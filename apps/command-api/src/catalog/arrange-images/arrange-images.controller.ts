import { Body, Controller, Param, ParseUUIDPipe, Patch, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { GalleryOrderAnswer, ImageAltAnswer } from '../catalog.answers';
import { ChangeImageAltCommand, ReorderGalleryCommand } from './arrange-images.command';
import { ChangeImageAltRequest, ReorderGalleryRequest } from './arrange-images.request';

/** Arranging an event's images after upload: the gallery's order and each image's alt text. */
@ApiTags('catalog')
@Controller('api/events/:eventId/images')
export class ArrangeImagesController {
  constructor(private readonly commands: CommandBus) {}

  @Put('order')
  @Authenticated('organizer', 'admin')
  @ApiOkResponse({ type: GalleryOrderAnswer })
  @ApiConflictResponse({
    description: '`catalog.gallery-mismatch` (with `currentImageIds`) unless exactly the gallery',
  })
  async reorder(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @Body() body: ReorderGalleryRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, changed } = await this.commands.execute(
      new ReorderGalleryCommand({ data: { eventId, imageIds: body.imageIds }, context }),
    );
    return withPosition(reply, position, { eventId, imageIds: body.imageIds, changed });
  }

  @Patch(':imageId')
  @Authenticated('organizer', 'admin')
  @ApiOkResponse({ type: ImageAltAnswer })
  async changeAlt(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @Param('imageId') imageId: string,
    @Body() body: ChangeImageAltRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, changed } = await this.commands.execute(
      new ChangeImageAltCommand({ data: { eventId, imageId, alt: body.alt }, context }),
    );
    return withPosition(reply, position, { imageId, alt: body.alt.trim(), changed });
  }
}
