import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { financeAnalyticsQuery, organizerAnalyticsQuery } from './reports.api';
import type { ReportFilter, ReportRange } from './report-range';

// The previous range's report stays on screen (marked busy) while the next one loads.
export const useFinanceAnalytics = (filter: ReportFilter) =>
  useQuery({ ...financeAnalyticsQuery(filter), placeholderData: keepPreviousData });

export const useOrganizerAnalytics = (range: ReportRange) =>
  useQuery({ ...organizerAnalyticsQuery(range), placeholderData: keepPreviousData });
