import type { ReactNode } from 'react';
import { Skeleton, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { EMPTY_REPORT, formatDay, periodSummary } from './report-view';
import type { AnalyticsView } from './reports.types';

/**
 * A report being loaded, refused (a range the API does not answer: its problem's detail), or shown:
 * the period it covers, then `children`, or the empty state when nothing sold. While another range
 * loads, the previous report stays, marked busy.
 */
export function ReportResult({
  report,
  children,
  footer,
}: {
  report: UseQueryResult<AnalyticsView>;
  children: (view: AnalyticsView) => ReactNode;
  /** Shown even when nothing sold (finance's failed payments). */
  footer?: (view: AnalyticsView) => ReactNode;
}) {
  if (report.isPending) return <Skeleton height={240} aria-hidden="true" />;
  if (report.isError)
    return (
      <ProblemAlert error={report.error} title="Could not load the report" onRetry={() => void report.refetch()} />
    );
  const view = report.data;
  return (
    <Stack gap="xl" aria-busy={report.isPlaceholderData}>
      <Text role="status">{periodSummary(view, formatDay)}</Text>
      {view.totals.length === 0 ? <Text fw={600}>{EMPTY_REPORT}</Text> : children(view)}
      {footer?.(view)}
    </Stack>
  );
}
