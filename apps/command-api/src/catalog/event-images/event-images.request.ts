import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';

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
