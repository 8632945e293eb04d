import { useState, type FormEvent } from 'react';
import { Anchor, Button, Group, List, Skeleton, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime, formatMoney } from '../../lib/format';
import { OrdersPager } from '../orders';
import { CsvButton } from './CsvButton';
import { downloadLedgerEntriesCsv } from './finance-ledger.api';
import type { LedgerEntryView } from './finance-ledger.types';
import { type JournalFilter, cutOf, parseBookingId } from './ledger-filter';
import { EMPTY_LEDGER, lineSides, shortId, showingEntries } from './ledger-view';
import { useLedgerEntries } from './useLedger';
import { ScrollRegion } from '../../components/ScrollRegion';

/** "Booking": narrows the journal to one booking's money; remounted (key) when the URL's booking changes. */
function BookingFilter({ bookingId, onChange }: { bookingId?: string; onChange: (bookingId?: string) => void }) {
  const [text, setText] = useState(bookingId ?? '');
  const [error, setError] = useState(false);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseBookingId(text);
    setError(parsed.error === true);
    if (!parsed.error) onChange(parsed.bookingId);
  };
  return (
    <Group component="form" onSubmit={apply} aria-label="Filter the journal" align="flex-end" wrap="wrap">
      <TextInput
        label="Booking"
        description="A booking id: only its money"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={error ? 'A booking id (UUID)' : undefined}
        autoComplete="off"
        w={{ base: '100%', sm: 340 }}
      />
      <Group gap="xs">
        <Button type="submit" variant="default">
          Filter
        </Button>
        {bookingId && (
          <Button type="button" variant="subtle" onClick={() => onChange(undefined)}>
            All bookings
          </Button>
        )}
      </Group>
    </Group>
  );
}

function EntryRow({ entry, onBooking }: { entry: LedgerEntryView; onBooking?: (bookingId: string) => void }) {
  const booking = shortId(entry.bookingId);
  return (
    <Table.Tr data-testid="ledger-entry">
      <Table.Td>{entry.position}</Table.Td>
      <Table.Td>
        <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
      </Table.Td>
      <Table.Td>{entry.eventType}</Table.Td>
      <Table.Td>
        {onBooking ? (
          <Anchor
            component="button"
            type="button"
            size="sm"
            ff="monospace"
            onClick={() => onBooking(entry.bookingId)}
            aria-label={`Show only booking ${booking}`}
            title={entry.bookingId}
          >
            {booking}
          </Anchor>
        ) : (
          <Text size="sm" ff="monospace" title={entry.bookingId}>
            {booking}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{entry.description}</Table.Td>
      <Table.Td>
        <List size="sm" listStyleType="none" spacing={2}>
          {entry.lines.flatMap((line, i) =>
            lineSides(line).map(({ side, amount }) => (
              <List.Item key={`${i}-${side}`} style={{ overflowWrap: 'anywhere' }}>
                {side} {line.account}{' '}
                <Text span size="sm" fw={600}>
                  {formatMoney(amount, entry.currency)}
                </Text>
              </List.Item>
            )),
          )}
        </List>
      </Table.Td>
    </Table.Tr>
  );
}

/** The journal, oldest first, at the page's cut; one booking's entries with the "Booking" filter. */
export function LedgerJournal({
  filter,
  onChange,
}: {
  filter: JournalFilter;
  onChange: (filter: JournalFilter) => void;
}) {
  const entries = useLedgerEntries(filter);
  const setBooking = (bookingId?: string) =>
    onChange({ ...cutOf(filter), ...(bookingId ? { bookingId } : {}), page: 1 });
  const empty = filter.bookingId ? 'No money has moved for this booking yet.' : EMPTY_LEDGER;
  return (
    <Stack gap="md" component="section" aria-labelledby="ledger-journal-heading">
      <Title order={2} size="h3" id="ledger-journal-heading">
        Journal
      </Title>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <BookingFilter key={filter.bookingId ?? ''} bookingId={filter.bookingId} onChange={setBooking} />
        <CsvButton
          label="Download journal (CSV)"
          download={() => downloadLedgerEntriesCsv({ ...cutOf(filter), bookingId: filter.bookingId })}
        />
      </Group>
      {entries.isPending ? (
        <Skeleton height={200} aria-hidden="true" />
      ) : entries.isError ? (
        <ProblemAlert error={entries.error} title="Could not load the journal" onRetry={() => void entries.refetch()} />
      ) : (
        <>
          <Text size="sm" role="status">
            {entries.data.items.length === 0
              ? empty
              : showingEntries(entries.data.page, entries.data.pageSize, entries.data.items.length, entries.data.total)}
          </Text>
          {entries.data.items.length > 0 && (
            <ScrollRegion label="Entries (scrolls sideways)" minWidth={960}>
              <Table aria-label="Journal entries" striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Position</Table.Th>
                    <Table.Th scope="col">Time</Table.Th>
                    <Table.Th scope="col">Event type</Table.Th>
                    <Table.Th scope="col">Booking</Table.Th>
                    <Table.Th scope="col">Description</Table.Th>
                    <Table.Th scope="col">Lines</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {entries.data.items.map((entry) => (
                    <EntryRow key={entry.entryId} entry={entry} onBooking={filter.bookingId ? undefined : setBooking} />
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollRegion>
          )}
          <OrdersPager
            page={filter.page}
            pageSize={entries.data.pageSize}
            total={entries.data.total}
            onPage={(page) => onChange({ ...filter, page })}
          />
        </>
      )}
    </Stack>
  );
}
