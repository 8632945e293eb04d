import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { ProblemException, problem } from '@booking/platform';
import { MinPositionRequest } from '../http/min-position.request';
import type { DayRange } from './payment-analytics';

export const MAX_REPORT_DAYS = 366;
export const DEFAULT_REPORT_DAYS = 30;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `?from=&to=`: the report's days (UTC, inclusive); by default the last 30 days up to today. */
export class ReportRangeRequest extends MinPositionRequest {
  @ApiPropertyOptional({ format: 'date', example: '2030-01-01', description: 'First day (UTC), inclusive' })
  @IsOptional()
  @Matches(DAY, { message: 'from must be a date, YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', example: '2030-01-31', description: 'Last day (UTC), inclusive' })
  @IsOptional()
  @Matches(DAY, { message: 'to must be a date, YYYY-MM-DD' })
  to?: string;
}

export class FinanceReportRequest extends ReportRangeRequest {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this organizer's events" })
  @IsOptional()
  @IsUUID('all', { message: 'organizerId must be an account id (a UUID)' })
  organizerId?: string;
}

const invalid = (field: string, message: string) =>
  new ProblemException(problem(400, 'validation', 'Invalid request', message, { errors: [{ field, message }] }));

/** The days a request asked for, as given (checked by rangeOf, which knows today). */
export type DaysAsked = Readonly<{ from?: string; to?: string }>;

export const daysAsked = (request: ReportRangeRequest): DaysAsked => ({
  ...(request.from ? { from: request.from } : {}),
  ...(request.to ? { to: request.to } : {}),
});

/** The range asked for, checked: real dates, from ≤ to, at most a year (366 days); by default the last 30 days. */
export function rangeOf(request: DaysAsked, today: Date): DayRange {
  const to = request.to ?? today.toISOString().slice(0, 10);
  const from =
    request.from ??
    new Date(Date.parse(`${to}T00:00:00Z`) - (DEFAULT_REPORT_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
  for (const [field, day] of [
    ['from', from],
    ['to', to],
  ] as const) {
    const parsed = Date.parse(`${day}T00:00:00Z`);
    if (Number.isNaN(parsed) || new Date(parsed).toISOString().slice(0, 10) !== day) {
      throw invalid(field, `${field} is not a real date: ${day}`);
    }
  }
  if (from > to) throw invalid('from', 'from must not be after to');
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  if (days > MAX_REPORT_DAYS) throw invalid('to', `A report covers at most ${MAX_REPORT_DAYS} days; this one ${days}`);
  return { from, to };
}
