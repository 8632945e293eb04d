import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, Length } from 'class-validator';
import { MAX_GALLERY_IMAGES } from '@booking/domain';

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
