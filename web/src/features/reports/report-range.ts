/** A report's range: inclusive UTC days, `YYYY-MM-DD`. */
export type ReportRange = { from: string; to: string };

/** Finance's report: a range, and optionally one organizer's events only. */
export type ReportFilter = ReportRange & { organizerId?: string };

/** The longest range the API answers (a leap year, inclusive); it refuses a longer one with a 400. */
export const MAX_RANGE_DAYS = 366;
/** The range without one in the URL: the API's own default, sent explicitly so the form shows what is read. */
export const DEFAULT_RANGE_DAYS = 30;

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A calendar day as UTC midnight in ms, or undefined if it is not one ("2026-02-30" is not). */
export function parseDay(text: string): number | undefined {
  const match = DAY.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  const same = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return same ? ms : undefined;
}

/** UTC midnight in ms → "2026-03-01". */
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Today's UTC day, the API's calendar. */
export const todayUtc = (now: Date) => now.toISOString().slice(0, 10);

/** The last `days` days up to today, today included. */
export function lastDays(days: number, now: Date): ReportRange {
  const to = todayUtc(now);
  return { from: isoDay((parseDay(to) ?? 0) - (days - 1) * DAY_MS), to };
}

/** 1 January of this (UTC) year up to today. */
export function thisYear(now: Date): ReportRange {
  const to = todayUtc(now);
  return { from: `${to.slice(0, 4)}-01-01`, to };
}

export const defaultRange = (now: Date) => lastDays(DEFAULT_RANGE_DAYS, now);

/** The quick buttons above the form. */
export const QUICK_RANGES: readonly { label: string; range: (now: Date) => ReportRange }[] = [
  { label: 'Last 7 days', range: (now) => lastDays(7, now) },
  { label: 'Last 30 days', range: (now) => lastDays(30, now) },
  { label: 'This year', range: thisYear },
];

/** Days in a range, both ends included (0 when it is not a range). */
export function rangeDays(range: ReportRange): number {
  const from = parseDay(range.from);
  const to = parseDay(range.to);
  if (from === undefined || to === undefined || to < from) return 0;
  return Math.round((to - from) / DAY_MS) + 1;
}

export const sameRange = (a: ReportRange, b: ReportRange) => a.from === b.from && a.to === b.to;

/**
 * The filter as the page's URL holds it (`?from=&to=&organizerId=`). A day missing or not a date is
 * the default range's; the API decides whether the range it gets is one it answers.
 */
export function filterFromParams(params: URLSearchParams, now: Date): ReportFilter {
  const fallback = defaultRange(now);
  const day = (key: 'from' | 'to') => {
    const text = params.get(key)?.trim() ?? '';
    return parseDay(text) === undefined ? fallback[key] : text;
  };
  const organizerId = params.get('organizerId')?.trim();
  return {
    from: day('from'),
    to: day('to'),
    ...(organizerId && UUID.test(organizerId) ? { organizerId: organizerId.toLowerCase() } : {}),
  };
}

/** The URL parameters for a filter: the range always (a link shows the same days tomorrow), the organizer if any. */
export function filterToParams(filter: ReportFilter): Record<string, string> {
  return { from: filter.from, to: filter.to, ...(filter.organizerId ? { organizerId: filter.organizerId } : {}) };
}

export type RangeErrors = { from?: string; to?: string };

/** The form's From and To → a range, or what is wrong with each field. */
export function parseRange(fromInput: string, toInput: string): { range: ReportRange } | { errors: RangeErrors } {
  const from = fromInput.trim();
  const to = toInput.trim();
  const errors: RangeErrors = {};
  if (parseDay(from) === undefined) errors.from = 'A date';
  if (parseDay(to) === undefined) errors.to = 'A date';
  if (errors.from || errors.to) return { errors };
  const days = rangeDays({ from, to });
  if (days === 0) return { errors: { to: 'On or after the start' } };
  if (days > MAX_RANGE_DAYS) return { errors: { to: `At most ${MAX_RANGE_DAYS} days, both ends included` } };
  return { range: { from, to } };
}
