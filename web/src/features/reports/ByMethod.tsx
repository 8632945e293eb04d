import { Box, Group, SimpleGrid, Table, Text } from '@mantine/core';
import { DonutChart } from '@mantine/charts';
import { formatMoney } from '../../lib/format';
import { ReportSection } from './ReportSection';
import { ScrollRegion } from '../../components/ScrollRegion';
import { methodCells, methodLabel, methodsByCurrency, methodsSummary } from './report-view';
import type { MethodFigures } from './reports.types';

const HEADING = 'reports-methods-heading';

/** One currency's payments: a donut (an image named by its numbers) beside the table it draws, with its colours. */
function MethodsOfCurrency({ currency, methods }: { currency: string; methods: MethodFigures[] }) {
  const cells = methodCells(methods);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="sm">
      <Box role="img" aria-label={methodsSummary(currency, methods, formatMoney)}>
        <DonutChart
          data={cells}
          size={180}
          thickness={28}
          mx="auto"
          chartLabel={currency}
          valueFormatter={(value) => formatMoney(value, currency)}
          pieChartProps={{ accessibilityLayer: false }}
          pieProps={{ rootTabIndex: -1 }}
        />
      </Box>
      <ScrollRegion label={`Payment methods in ${currency}`} minWidth={300}>
        <Table aria-label={`Payments in ${currency} by payment method`} striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Method</Table.Th>
              <Table.Th scope="col" ta="right">
                Payments
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Amount
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {methods.map((m, i) => (
              <Table.Tr key={m.method}>
                <Table.Th scope="row" fw={400}>
                  <Group gap="xs" wrap="nowrap">
                    {/* The segment's colour: the table is the donut's legend. */}
                    <Box
                      component="span"
                      bg={cells[i].color}
                      w={12}
                      h={12}
                      aria-hidden="true"
                      style={{ borderRadius: '50%', flex: 'none' }}
                    />
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {methodLabel(m.method)}
                    </Text>
                  </Group>
                </Table.Th>
                <Table.Td ta="right">{m.payments.toLocaleString()}</Table.Td>
                <Table.Td ta="right">{formatMoney(m.amount, currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </SimpleGrid>
  );
}

/** Gross payments taken through each payment provider, per currency. */
export function ByMethod({ methods }: { methods: readonly MethodFigures[] }) {
  const groups = methodsByCurrency(methods);
  return (
    <ReportSection id={HEADING} title="By payment method">
      {groups.length === 0 ? (
        <Text size="sm">No payments in this period.</Text>
      ) : (
        groups.map((g) => <MethodsOfCurrency key={g.currency} currency={g.currency} methods={g.methods} />)
      )}
    </ReportSection>
  );
}
