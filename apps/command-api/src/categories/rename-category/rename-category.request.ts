import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { CATEGORY_LABEL } from '@booking/domain';

export class RenameCategoryRequest {
  @ApiProperty({ example: 'Jazz & brunch', minLength: CATEGORY_LABEL.min, maxLength: CATEGORY_LABEL.max })
  @IsString()
  @Length(CATEGORY_LABEL.min, CATEGORY_LABEL.max)
  label!: string;
}
