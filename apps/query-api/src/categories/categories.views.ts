import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class CategoryView {
  @ApiProperty({ example: 'music' }) slug!: string;
  @ApiProperty({ example: 'Music' }) label!: string;
  @ApiProperty({ enum: ['active', 'retired'] }) status!: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'With ?include=retired' }) updatedAt?: string;
}

export class CategoriesView {
  @ApiProperty({ type: [CategoryView] }) items!: CategoryView[];
}
