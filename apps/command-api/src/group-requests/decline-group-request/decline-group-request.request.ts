import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class DeclineGroupRequestRequest {
  @ApiProperty({ description: 'Why, for the requester', example: 'We cannot seat a group that large together' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}
