import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO8601, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { QueryNumber } from '@booking/platform';
import { MinPositionRequest } from '../http/min-position.request';

export const LEDGER_PAGE_SIZE = 50;
export const LEDGER_MAX_PAGE = 100_000;

/** `?asOf=&position=`: the ledger as it stood at a time and/or a log position (both inclusive; neither: now). */
export class LedgerCutRequest extends MinPositionRequest {
  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Only entries of money that moved at or before this time',
    example: '2030-01-31T23:59:59Z',
  })
  @IsOptional()
  // RFC 3339 allows a lower-case 't' and 'z'; the validator wants them upper-case.
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'asOf must be an ISO 8601 date and time' })
  asOf?: string;

  @ApiPropertyOptional({
    pattern: '^[0-9]{1,15}$',
    description: 'Only entries caused by events at or before this log position',
    example: '1200',
  })
  @IsOptional()
  @Matches(/^[0-9]{1,15}$/, { message: 'position must be a log position: a whole number of at most 15 digits' })
  position?: string;
}

/** `?asOf=&position=&bookingId=`: the journal, or one booking's money history. */
export class LedgerJournalRequest extends LedgerCutRequest {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this booking's entries: its money history" })
  @IsOptional()
  @IsUUID('all', { message: 'bookingId must be a booking id (a UUID)' })
  bookingId?: string;
}

/** The journal a page at a time. */
export class LedgerEntriesRequest extends LedgerJournalRequest {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: LEDGER_MAX_PAGE, default: 1 })
  @IsOptional()
  @QueryNumber()
  @IsInt()
  @Min(1)
  @Max(LEDGER_MAX_PAGE)
  page?: number;
}

/** The cut a request names, as the read model's numbers. */
export function cutOf(request: LedgerCutRequest): LedgerCut {
  return {
    ...(request.asOf ? { asOf: new Date(request.asOf).toISOString() } : {}),
    ...(request.position ? { position: Number(request.position) } : {}),
  };
}

export type LedgerCut = Readonly<{ asOf?: string; position?: number }>;

/** `?bookingId=` or `?paymentId=` or `?refundId=`: whose money history (exactly one). */
export class MoneyHistoryRequest extends MinPositionRequest {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'bookingId must be a booking id (a UUID)' })
  bookingId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'paymentId must be a payment id (a UUID)' })
  paymentId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'refundId must be a refund id (a UUID)' })
  refundId?: string;
}

export const HISTORY_PAGE_SIZE = 200;
export const HISTORY_MAX_PAGE_SIZE = 1000;

/** `?after=&limit=`: an organizer's history a page at a time, after a log position. */
export class OrganizerHistoryRequest extends MinPositionRequest {
  @ApiPropertyOptional({
    pattern: '^[0-9]{1,15}$',
    description: "Only events after this log position (the previous page's nextAfter)",
    example: '1200',
  })
  @IsOptional()
  @Matches(/^[0-9]{1,15}$/, { message: 'after must be a log position: a whole number of at most 15 digits' })
  after?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: HISTORY_MAX_PAGE_SIZE, default: HISTORY_PAGE_SIZE })
  @IsOptional()
  @QueryNumber()
  @IsInt()
  @Min(1)
  @Max(HISTORY_MAX_PAGE_SIZE)
  limit?: number;
}
