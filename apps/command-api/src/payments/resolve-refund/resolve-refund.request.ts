import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

/** How finance gave the money of a failed refund back (a bank transfer, its reference). */
export class ResolveRefundRequest {
  @ApiProperty({ minLength: 1, maxLength: 1000, example: 'Bank transfer 2026-12-06, ref. RF-1042' })
  @IsString()
  @Length(1, 1000)
  note!: string;
}
