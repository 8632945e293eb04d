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
/** A well-formed range the report's rule refuses (docs/api.md: 422 for a business rule). */
const refused = (code: string, message: string) =>
  new ProblemException(problem(422, 'report-range', 'Unprocessable Content', message, { code }));

const DAY_MS = 86_400_000;
const LAST_DAY = '9999-12-31';
const dayAt = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const msOf = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** A real calendar day (`YYYY-MM-DD`), or a 400 naming the field. */
function realDay(field: 'from' | 'to', day: string): string {
  const parsed = msOf(day);
  if (Number.isNaN(parsed) || dayAt(parsed) !== day) throw invalid(field, `${field} is not a real date: ${day}`);
  return day;
}

/** The days asked for, as given (checked by rangeOf, which knows today). */
export type DaysAsked = Readonly<{ from?: string; to?: string }>;

export const daysAsked = (request: ReportRangeRequest): DaysAsked => ({
  ...(request.from ? { from: request.from } : {}),
  ...(request.to ? { to: request.to } : {}),
});

/**
 * The range asked for: 30 days by default (up to today; from `from` on; or up to `to`). Not a real
 * date: 400. From after to, or more than 366 days: 422 (a well-formed request the rule refuses).
 */
export function rangeOf(request: DaysAsked, today: Date): DayRange {
  const span = (DEFAULT_REPORT_DAYS - 1) * DAY_MS;
  const given = {
    ...(request.from ? { from: realDay('from', request.from) } : {}),
    ...(request.to ? { to: realDay('to', request.to) } : {}),
  };
  const to =
    given.to ??
    (given.from
      ? msOf(given.from) + span > msOf(LAST_DAY)
        ? LAST_DAY
        : dayAt(msOf(given.from) + span)
      : dayAt(today.getTime()));
  const from = given.from ?? dayAt(msOf(to) - span);
  if (from > to) throw refused('report.range-reversed', `from (${from}) must not be after to (${to})`);
  const days = (msOf(to) - msOf(from)) / DAY_MS + 1;
  if (days > MAX_REPORT_DAYS) {
    throw refused('report.range-too-long', `A report covers at most ${MAX_REPORT_DAYS} days; this one ${days}`);
  }
  return { from, to };
}
