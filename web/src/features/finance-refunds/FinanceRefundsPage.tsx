import { useState } from 'react';
import { Anchor, Badge, Container, Group, NativeSelect, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime, formatMoney } from '../../lib/format';
import { RequireSignIn } from '../auth';
import { OrdersPager } from '../orders';
import { type RefundFilter, financeRefundsQuery } from './finance-refunds.api';
import type { FinanceRefund, RefundStatus } from './finance-refunds.types';
import { ManualRefundForm } from './ManualRefundForm';
import { REFUND_STATUS_LABELS, STATUS_OPTIONS } from './refund-labels';

function RefundRow({ refund }: { refund: FinanceRefund }) {
  const status = REFUND_STATUS_LABELS[refund.status];
  return (
    <Table.Tr data-testid="refund-row">
      <Table.Td>
        <time dateTime={refund.requestedAt}>{formatDateTime(refund.requestedAt)}</time>
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={`/bookings/${refund.bookingId}`} size="sm">
          {refund.bookingId.slice(0, 8)}
        </Anchor>
      </Table.Td>
      <Table.Td>{formatMoney(refund.amount.amount, refund.amount.currency)}</Table.Td>
      <Table.Td>
        <Badge color={status.color} variant="light">
          {status.label}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{refund.providerReference ?? '—'}</Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <Text size="sm">{refund.reason}</Text>
          {refund.status === 'failed' && (
            <>
              <Text size="sm" c="red.9">
                Failed: {refund.failureReason ?? 'unknown'}. {refund.action}
              </Text>
              <ManualRefundForm refundId={refund.refundId} />
            </>
          )}
          {refund.status === 'manual' && (
            <Text size="sm">
              {refund.manualNote} (by {refund.resolvedBy})
            </Text>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

function FinanceRefunds() {
  const [filter, setFilter] = useState<RefundFilter>({ page: 1 });
  const refunds = useQuery(financeRefundsQuery(filter));
  return (
    <Stack gap="md">
      <NativeSelect
        label="Status"
        data={STATUS_OPTIONS}
        value={filter.status ?? ''}
        onChange={(e) => {
          const value = e.currentTarget.value;
          setFilter({ page: 1, ...(value ? { status: value as RefundStatus } : {}) });
        }}
        w={220}
      />
      {refunds.isPending ? (
        <Skeleton height={120} aria-label="Loading refunds" />
      ) : refunds.isError ? (
        <ProblemAlert error={refunds.error} title="Could not load refunds" onRetry={() => void refunds.refetch()} />
      ) : (
        <>
          <Text size="sm" role="status">
            {refunds.data.total} refund{refunds.data.total === 1 ? '' : 's'}
          </Text>
          {refunds.data.items.length > 0 && (
            <Table.ScrollContainer minWidth={760}>
              <Table aria-label="Refunds" verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Requested</Table.Th>
                    <Table.Th scope="col">Booking</Table.Th>
                    <Table.Th scope="col">Amount</Table.Th>
                    <Table.Th scope="col">Status</Table.Th>
                    <Table.Th scope="col">Provider reference</Table.Th>
                    <Table.Th scope="col">Reason and what to do</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {refunds.data.items.map((refund) => (
                    <RefundRow key={refund.refundId} refund={refund} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Group>
            <OrdersPager
              page={filter.page}
              pageSize={refunds.data.pageSize}
              total={refunds.data.total}
              onPage={(page) => setFilter((f) => ({ ...f, page }))}
            />
          </Group>
        </>
      )}
    </Stack>
  );
}

/** `/finance/refunds`: every refund and where it is; failed ones say what to do and can be marked manual. */
export function FinanceRefundsPage() {
  return (
    <Container size="xl" px={0}>
      <title>Refunds · Finance · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Refunds</Title>
        <Text c="dimmed">Every refund sent to the payment provider, newest first.</Text>
        <RequireSignIn action="audit refunds" roles={['finance', 'admin']}>
          <FinanceRefunds />
        </RequireSignIn>
      </Stack>
    </Container>
  );
}
