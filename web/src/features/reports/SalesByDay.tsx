import { useId, useState } from 'react';
import { Box, Button, Stack, Table, Text, Title } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import { formatMoney } from '../../lib/format';
import { ReportSection } from './ReportSection';
import { ScrollRegion } from '../../components/ScrollRegion';
import {
  activeDays,
  currenciesOf,
  dayRows,
  daySummary,
  daysIn,
  formatCompactMoney,
  formatDay,
  formatShortDay,
} from './report-view';
import type { DayFigures, SalesFigures } from './reports.types';

const HEADING = 'reports-days-heading';

const SERIES = [
  { name: 'sales', label: 'Sales', color: 'blue.8' },
  { name: 'refunds', label: 'Refunds', color: 'red.8' },
];

/** The chart's numbers, for those who cannot see it or want them exact: only days with sales or refunds. */
function DayTable({ currency, days }: { currency: string; days: readonly DayFigures[] }) {
  const active = activeDays(days);
  if (active.length === 0) return <Text size="sm">Nothing was sold or refunded on any day.</Text>;
  return (
    <ScrollRegion label={`Days in ${currency}`} minWidth={320}>
      <Table aria-label={`Sales and refunds by day in ${currency}`} striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Day</Table.Th>
            <Table.Th scope="col" ta="right">
              Sales
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Refunds
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Orders
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {active.map((d) => (
            <Table.Tr key={d.day}>
              <Table.Th scope="row" fw={400}>
                <time dateTime={d.day}>{formatDay(d.day)}</time>
              </Table.Th>
              <Table.Td ta="right">{formatMoney(d.sales, currency)}</Table.Td>
              <Table.Td ta="right">{formatMoney(d.refunds, currency)}</Table.Td>
              <Table.Td ta="right">{d.orders.toLocaleString()}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

/**
 * One currency's bars. The chart is an image named by a summary of it (recharts' own keyboard layer is
 * off: nothing inside an image may take focus); "Show the numbers" opens the same data as a table.
 */
function DayChart({ currency, days, named }: { currency: string; days: readonly DayFigures[]; named: boolean }) {
  const [open, setOpen] = useState(false);
  const tableId = useId();
  return (
    <Stack gap="xs">
      {named && (
        <Title order={3} size="h4">
          {currency}
        </Title>
      )}
      <Box role="img" aria-label={daySummary(currency, days, formatMoney, formatDay)}>
        <BarChart
          h={260}
          data={dayRows(days, formatShortDay)}
          dataKey="label"
          series={SERIES}
          valueFormatter={(value) => formatMoney(value, currency)}
          yAxisProps={{ width: 64, tickFormatter: (value: number) => formatCompactMoney(value, currency) }}
          withLegend
          barChartProps={{ accessibilityLayer: false }}
        />
      </Box>
      <Box>
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          aria-controls={tableId}
        >
          {open ? 'Hide the numbers' : 'Show the numbers'}
        </Button>
      </Box>
      <div id={tableId} hidden={!open}>
        {open && <DayTable currency={currency} days={days} />}
      </div>
    </Stack>
  );
}

/** Sales and refunds per day of the range: one chart per currency. */
export function SalesByDay({ totals, days }: { totals: readonly SalesFigures[]; days: readonly DayFigures[] }) {
  const currencies = currenciesOf(totals);
  return (
    <ReportSection id={HEADING} title="Sales by day">
      {currencies.map((currency) => (
        <DayChart key={currency} currency={currency} days={daysIn(days, currency)} named={currencies.length > 1} />
      ))}
    </ReportSection>
  );
}
