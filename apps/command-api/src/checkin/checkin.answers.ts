import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CommandAnswer } from '../http/command-answer';

export class FirstUseAnswer {
  @ApiProperty({ format: 'date-time', description: "The first scan's device time" }) at!: string;
  @ApiProperty({ example: 'North gate' }) gate!: string;
  @ApiPropertyOptional({ example: 'scanner-3' }) scannerId?: string;
}

export class ScanOutcomeFields {
  @ApiProperty({
    enum: ['admitted', 'already-used'],
    description: 'admitted: first use, let in; already-used: refuse (firstUse says when and where it was used)',
  })
  status!: 'admitted' | 'already-used';
  @ApiProperty({ format: 'uuid' }) ticketId!: string;
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty({ example: '0193A1B2', description: "The booking number printed on tickets (the id's first 8 hex)" })
  bookingNumber!: string;
  @ApiProperty({ example: 'Ada Lovelace' }) attendeeName!: string;
  @ApiProperty({ example: 'Section Stalls · Row A · Seat 1' }) seatLabel!: string;
  @ApiPropertyOptional({ type: FirstUseAnswer }) firstUse?: FirstUseAnswer;
}

export class CheckInAnswer extends CommandAnswer {
  @ApiProperty({ enum: ['admitted', 'already-used'] }) status!: 'admitted' | 'already-used';
  @ApiProperty({ format: 'uuid' }) ticketId!: string;
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty({ example: '0193A1B2' }) bookingNumber!: string;
  @ApiProperty({ example: 'Ada Lovelace' }) attendeeName!: string;
  @ApiProperty({ example: 'Section Stalls · Row A · Seat 1' }) seatLabel!: string;
  @ApiPropertyOptional({ type: FirstUseAnswer }) firstUse?: FirstUseAnswer;
}

export class BatchScanAnswer {
  @ApiProperty({ description: "The scan's nonce, as uploaded" }) nonce!: string;
  @ApiProperty({
    enum: ['admitted', 'already-used', 'double-use', 'invalid', 'revoked', 'not-found'],
    description:
      'admitted: first use; double-use: the ticket was used elsewhere too (recorded; firstUse names the earlier scan); ' +
      'already-used: an online retry refused at the door; invalid / revoked / not-found: nothing recorded (code says why)',
  })
  status!: string;
  @ApiPropertyOptional({ format: 'uuid' }) ticketId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) bookingId?: string;
  @ApiPropertyOptional() bookingNumber?: string;
  @ApiPropertyOptional() attendeeName?: string;
  @ApiPropertyOptional() seatLabel?: string;
  @ApiPropertyOptional({ type: FirstUseAnswer }) firstUse?: FirstUseAnswer;
  @ApiPropertyOptional({ example: 'checkin.invalid-code' }) code?: string;
  @ApiPropertyOptional() detail?: string;
}

export class BatchCheckInAnswer extends CommandAnswer {
  @ApiProperty({ type: [BatchScanAnswer] }) scans!: BatchScanAnswer[];
  @ApiProperty({ type: 'integer', description: 'How many scans were double uses' }) doubleUses!: number;
}
