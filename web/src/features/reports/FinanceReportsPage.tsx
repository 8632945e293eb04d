import { Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { RequireSignIn } from '../auth';
import { ByEvent } from './ByEvent';
import { ByMethod } from './ByMethod';
import { ByOrganizer, organizerName } from './ByOrganizer';
import { PaymentOutcomes } from './PaymentOutcomes';
import { type ReportFilter, filterFromParams, filterToParams } from './report-range';
import { ReportRangeForm } from './ReportRangeForm';
import { ReportResult } from './ReportResult';
import type { AnalyticsView } from './reports.types';
import { SalesByDay } from './SalesByDay';
import { SummaryCards } from './SummaryCards';
import { useFinanceAnalytics } from './useAnalytics';

/** Payment outcomes, also when nothing sold but payments failed; not for a period without any attempt. */
function Payments({ view }: { view: AnalyticsView }) {
  const { payments } = view;
  if (!payments || (view.totals.length === 0 && payments.succeeded + payments.failed === 0)) return null;
  return <PaymentOutcomes payments={payments} />;
}

/** The range and the organizer live in the URL: a link reproduces the report. */
function FinanceReports() {
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params, new Date());
  const setFilter = (next: ReportFilter) => setParams(filterToParams(next), { replace: true });
  const report = useFinanceAnalytics(filter);
  const range = { from: filter.from, to: filter.to };
  const organizer = report.data?.byOrganizer.find((o) => o.organizerId === filter.organizerId);
  return (
    <Stack gap="xl">
      <ReportRangeForm
        key={`${filter.from}|${filter.to}`}
        range={range}
        onApply={(next) => setFilter({ ...next, ...(filter.organizerId ? { organizerId: filter.organizerId } : {}) })}
      />
      {filter.organizerId && (
        <Group gap="sm" wrap="wrap">
          <Text style={{ overflowWrap: 'anywhere' }}>
            Only the events of{' '}
            <Text span fw={700}>
              {organizerName(organizer ?? { organizerId: filter.organizerId })}
            </Text>
            .
          </Text>
          <Button variant="default" size="compact-sm" onClick={() => setFilter(range)}>
            All organizers
          </Button>
        </Group>
      )}
      <ReportResult report={report} footer={(view) => <Payments view={view} />}>
        {(view) => (
          <>
            <SummaryCards totals={view.totals} />
            <SalesByDay totals={view.totals} days={view.byDay} />
            <ByEvent events={view.byEvent} />
            <ByOrganizer
              organizers={view.byOrganizer}
              onOnly={filter.organizerId ? undefined : (organizerId) => setFilter({ ...range, organizerId })}
            />
            <ByMethod methods={view.byMethod} />
          </>
        )}
      </ReportResult>
    </Stack>
  );
}

/** `/finance/reports`: sales, refunds and payments over a period, by day, event, organizer and payment method. */
export function FinanceReportsPage() {
  return (
    <Container size="xl" px={0}>
      <title>Reports · Finance · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Reports</Title>
        <Text c="dimmed">
          Tickets sold and refunded over a period, by day, event, organizer and payment method; and how payments fared.
        </Text>
        <RequireSignIn action="read the sales reports" roles={['finance', 'admin', 'analyst']}>
          <FinanceReports />
        </RequireSignIn>
      </Stack>
    </Container>
  );
}
