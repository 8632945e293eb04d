import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { QueryNumber } from '@booking/platform';
import { MinPositionRequest } from '../http/min-position.request';
import { INVOICES_MAX_PAGE } from './invoices';

/** `?page=&year=`: the organizer's list. */
export class InvoicePageRequest extends MinPositionRequest {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: INVOICES_MAX_PAGE, default: 1 })
  @IsOptional()
  @QueryNumber()
  @IsInt()
  @Min(1)
  @Max(INVOICES_MAX_PAGE)
  page?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 2000, maximum: 2999, description: "Only this year's series" })
  @IsOptional()
  @QueryNumber()
  @IsInt()
  @Min(2000)
  @Max(2999)
  year?: number;
}

/** Finance's filters: one organizer, one series (organizer id and year, as `series` in the answer). */
export class FinanceInvoicesRequest extends InvoicePageRequest {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizerId?: string;

  @ApiPropertyOptional({ description: 'A series id: `{organizerId}-{year}`', pattern: '^[0-9a-fA-F-]{36}-[0-9]{4}$' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9a-fA-F-]{36}-[0-9]{4}$/, { message: 'series is an organizer id and a year: {organizerId}-{year}' })
  series?: string;
}
