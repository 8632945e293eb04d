import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

/** Why an event is rejected or cancelled: shown to its organizer, and to holders on cancellation. */
export class ReasonRequest {
  @ApiProperty({ example: 'The venue lacks an accessible entrance' }) @IsString() @Length(3, 500) reason!: string;
}
