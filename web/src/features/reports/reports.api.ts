import { queryOptions } from '@tanstack/react-query';
import { apiGet, withQuery } from '../../lib/api';
import type { ReportFilter, ReportRange } from './report-range';
import type { AnalyticsView } from './reports.types';

export const reportKeys = {
  all: ['reports'] as const,
  finance: (filter: ReportFilter) => [...reportKeys.all, 'finance', filter] as const,
  organizer: (range: ReportRange) => [...reportKeys.all, 'organizer', range] as const,
};

/** Finance's view of every organizer's sales, or one organizer's. */
export const financeAnalyticsQuery = (filter: ReportFilter) =>
  queryOptions({
    queryKey: reportKeys.finance(filter),
    queryFn: ({ signal }) =>
      apiGet<AnalyticsView>(
        withQuery('/api/finance/analytics', { from: filter.from, to: filter.to, organizerId: filter.organizerId }),
        { signal },
      ),
  });

/** The organizer's own events (every event for an admin). */
export const organizerAnalyticsQuery = (range: ReportRange) =>
  queryOptions({
    queryKey: reportKeys.organizer(range),
    queryFn: ({ signal }) =>
      apiGet<AnalyticsView>(withQuery('/api/organizer/analytics', { from: range.from, to: range.to }), { signal }),
  });
