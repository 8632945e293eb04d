import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { CATEGORY_LABEL, CATEGORY_SLUG } from '@booking/domain';

export class AddCategoryRequest {
  @ApiProperty({ example: 'jazz-brunch', pattern: CATEGORY_SLUG.source, description: 'Never changes once added' })
  @IsString()
  @Matches(CATEGORY_SLUG, {
    message: 'slug must be 2 to 31 characters: a lowercase letter, then lowercase letters, digits or dashes',
  })
  slug!: string;
  @ApiProperty({ example: 'Jazz brunch', minLength: CATEGORY_LABEL.min, maxLength: CATEGORY_LABEL.max })
  @IsString()
  @Length(CATEGORY_LABEL.min, CATEGORY_LABEL.max)
  label!: string;
}
