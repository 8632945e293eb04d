import { Body, Controller, Param, ParseUUIDPipe, Patch, Put, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, Length } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { CommandPipeline, catalogModel } from '@booking/command-pipeline';
import { MAX_GALLERY_IMAGES } from '@booking/domain';
import { Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { GalleryOrderAnswer, ImageAltAnswer } from '../catalog.answers';

export class ReorderGalleryRequest {
  @ApiProperty({
    type: [String],
    description: 'Every gallery image id, in the new order',
    maxItems: MAX_GALLERY_IMAGES,
  })
  @IsArray()
  @ArrayMaxSize(MAX_GALLERY_IMAGES)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  imageIds!: string[];
}

export class ChangeImageAltRequest {
  @ApiProperty({ description: 'Alternative text for screen readers', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  alt!: string;
}

/** Arranging an event's images after upload: the gallery's order and each image's alt text. */
@ApiTags('catalog')
@Controller('api/events/:eventId/images')
export class ArrangeImagesController {
  constructor(private readonly pipeline: CommandPipeline) {}

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
    const outcome = await this.pipeline.execute(
      catalogModel,
      eventId,
      {
        type: 'ReorderGallery',
        data: { eventId, imageIds: body.imageIds },
      },
      context,
    );
    return withPosition(reply, outcome.position, {
      eventId,
      imageIds: body.imageIds,
      changed: outcome.events.length > 0,
    });
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
    const outcome = await this.pipeline.execute(
      catalogModel,
      eventId,
      {
        type: 'ChangeEventImageAlt',
        data: { eventId, imageId, alt: body.alt },
      },
      context,
    );
    return withPosition(reply, outcome.position, {
      imageId,
      alt: body.alt.trim(),
      changed: outcome.events.length > 0,
    });
  }
}
