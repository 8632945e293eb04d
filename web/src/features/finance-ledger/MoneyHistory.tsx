import { Code, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../lib/format';
import { moneyHistoryQuery } from './finance-ledger.api';
import type { HistoryEventView } from './finance-ledger.types';
import { shortId } from './ledger-view';
import { ScrollRegion } from '../../components/ScrollRegion';

function HistoryRow({ event }: { event: HistoryEventView }) {
  return (
    <Table.Tr data-testid="history-event">
      <Table.Td>{event.position}</Table.Td>
      <Table.Td>
        <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
      </Table.Td>
      <Table.Td>{event.type}</Table.Td>
      <Table.Td>
        {event.stream.split('-')[0]} {shortId(event.stream.slice(event.stream.indexOf('-') + 1))} #{event.revision}
      </Table.Td>
      <Table.Td>{event.actor.startsWith('system:') ? event.actor : shortId(event.actor)}</Table.Td>
      <Table.Td>
        <Text size="xs" title={`correlation ${event.correlationId}, causation ${event.causationId}`}>
          {shortId(event.correlationId)} ← {shortId(event.causationId)}
        </Text>
      </Table.Td>
      <Table.Td>
        <details>
          <summary>Data</summary>
          <Code block>{JSON.stringify(event.data, null, 2)}</Code>
        </details>
      </Table.Td>
    </Table.Tr>
  );
}

/** Recorded events, one row each: position, time, type, stream and revision, actor, correlation ← causation, data. */
export function HistoryTable({ events, label }: { events: readonly HistoryEventView[]; label: string }) {
  return (
    <ScrollRegion label="Events recorded (scrolls sideways)" minWidth={900}>
      <Table striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Position</Table.Th>
            <Table.Th>Time</Table.Th>
            <Table.Th>Event</Table.Th>
            <Table.Th>Stream</Table.Th>
            <Table.Th>Actor</Table.Th>
            <Table.Th>Correlation ← causation</Table.Th>
            <Table.Th>Recorded</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <HistoryRow key={event.id} event={event} />
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

/**
 * What the log recorded behind one booking's money (GET /api/finance/history): who did what, when,
 * and what it caused, across the booking's own stream and its payments, refunds and invoices.
 */
export function MoneyHistory({ bookingId }: { bookingId: string }) {
  const history = useQuery(moneyHistoryQuery(bookingId));
  return (
    <Stack gap="sm" component="section" aria-labelledby="money-history-title">
      <Title order={2} id="money-history-title">
        History of booking {shortId(bookingId)}
      </Title>
      <Text c="dimmed" size="sm">
        Every recorded event of the booking, its payments, refunds and invoices, in log order, as the log holds them.
      </Text>
      {history.isPending ? (
        <Skeleton h={120} />
      ) : history.isError ? (
        <ProblemAlert error={history.error} />
      ) : (
        <HistoryTable events={history.data.events} label="History of the booking" />
      )}
    </Stack>
  );
}
