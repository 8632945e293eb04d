import { Container, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { RequireSignIn } from '../auth';
import { ByEvent } from './ByEvent';
import { type ReportRange, filterFromParams, filterToParams } from './report-range';
import { ReportRangeForm } from './ReportRangeForm';
import { ReportResult } from './ReportResult';
import { SalesByDay } from './SalesByDay';
import { SummaryCards } from './SummaryCards';
import { useOrganizerAnalytics } from './useAnalytics';

/** The range lives in the URL: a link reproduces the report. */
function OrganizerReports() {
  const [params, setParams] = useSearchParams();
  const { from, to } = filterFromParams(params, new Date());
  const range = { from, to };
  const report = useOrganizerAnalytics(range);
  const setRange = (next: ReportRange) => setParams(filterToParams(next), { replace: true });
  return (
    <Stack gap="xl">
      <ReportRangeForm key={`${from}|${to}`} range={range} onApply={setRange} />
      <ReportResult report={report}>
        {(view) => (
          <>
            <SummaryCards totals={view.totals} />
            <SalesByDay totals={view.totals} days={view.byDay} />
            <ByEvent events={view.byEvent} />
          </>
        )}
      </ReportResult>
    </Stack>
  );
}

/** `/organizer/reports`: the organizer's own sales over a period (an admin's: every event's), by day and event. */
export function OrganizerReportsPage() {
  return (
    <Container size="xl" px={0}>
      <title>Reports · Organizer · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Reports</Title>
        <Text c="dimmed">Tickets sold and refunded for your events over a period, by day and by event.</Text>
        <RequireSignIn action="read your sales reports" roles={['organizer', 'admin']}>
          <OrganizerReports />
        </RequireSignIn>
      </Stack>
    </Container>
  );
}
