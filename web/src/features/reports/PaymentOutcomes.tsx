import { SimpleGrid, Table, Text, Title } from '@mantine/core';
import { FigureCard } from './FigureCard';
import { ReportSection } from './ReportSection';
import { formatRate, reasonLabel, topReasons } from './report-view';
import type { PaymentOutcomes as Outcomes } from './reports.types';

const HEADING = 'reports-payments-heading';
const REASONS_HEADING = 'reports-reasons-heading';

/** Payment attempts in the period: how many succeeded and failed, and why cards were declined most often. */
export function PaymentOutcomes({ payments }: { payments: Outcomes }) {
  const reasons = topReasons(payments.reasons);
  return (
    <ReportSection id={HEADING} title="Payments">
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" verticalSpacing="sm">
        <FigureCard label="Succeeded" value={payments.succeeded.toLocaleString()} />
        <FigureCard label="Failed" value={payments.failed.toLocaleString()} />
        <FigureCard label="Decline rate" value={formatRate(payments.declineRate)} />
      </SimpleGrid>
      <Title order={3} size="h4" id={REASONS_HEADING}>
        Top decline reasons
      </Title>
      {reasons.length === 0 ? (
        <Text size="sm">No payment was declined.</Text>
      ) : (
        <Table aria-labelledby={REASONS_HEADING} striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Reason</Table.Th>
              <Table.Th scope="col" ta="right">
                Payments
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reasons.map((r) => (
              <Table.Tr key={r.reason}>
                <Table.Th scope="row" fw={400} style={{ overflowWrap: 'anywhere' }}>
                  {reasonLabel(r.reason)}
                </Table.Th>
                <Table.Td ta="right">{r.count.toLocaleString()}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </ReportSection>
  );
}
