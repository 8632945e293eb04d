import { ApiProperty } from '@nestjs/swagger';
import { CommandAnswer } from '../http/command-answer';

// The statuses of CatalogStatus (libs/domain catalog.state.ts), as the answers carry them.
const EVENT_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'published', 'cancelled', 'completed'];

export class EventAnswer extends CommandAnswer {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
}

export class EventStatusAnswer extends EventAnswer {
  @ApiProperty({ enum: EVENT_STATUSES }) status!: string;
}

export class EventEditedAnswer extends EventStatusAnswer {
  @ApiProperty({ description: 'false when the edit changed nothing (no event appended)' }) changed!: boolean;
}

export class SeatingPlanAnswer extends EventStatusAnswer {
  @ApiProperty({ type: 'integer', minimum: 0 }) planVersion!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) capacity!: number;
}

export class GalleryOrderAnswer extends EventAnswer {
  @ApiProperty({ type: [String] }) imageIds!: string[];
  @ApiProperty() changed!: boolean;
}

export class ImageAltAnswer extends CommandAnswer {
  @ApiProperty() imageId!: string;
  @ApiProperty() alt!: string;
  @ApiProperty() changed!: boolean;
}

class ImageVariant {
  @ApiProperty({ example: 'w800' }) name!: string;
  @ApiProperty({ example: '/media/events/…/w800.webp' }) url!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) width!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) height!: number;
}

export class ImageUploadedAnswer extends CommandAnswer {
  @ApiProperty() imageId!: string;
  @ApiProperty({ type: [ImageVariant] }) variants!: ImageVariant[];
}

export class ImageRemovedAnswer extends CommandAnswer {
  @ApiProperty({ description: 'The removed image id' }) removed!: string;
}
