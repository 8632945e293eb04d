import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { MinPositionRequest } from '../../http/min-position.request';

export class ListCategoriesRequest extends MinPositionRequest {
  @ApiPropertyOptional({ enum: ['retired'], description: 'Admins only: retired categories too, with their status' })
  @IsOptional()
  @IsIn(['retired'])
  include?: 'retired';
}
