import { Button, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { organizerHistoryQuery } from './finance-ledger.api';
import { shortId } from './ledger-view';
import { HistoryTable } from './MoneyHistory';

/**
 * What the log recorded behind one organizer's money (GET /api/finance/organizers/{id}/history):
 * their settings, events and every booking of theirs that moved money, in log order, 100 at a time.
 */
export function OrganizerHistory({ organizerId, name }: { organizerId: string; name?: string }) {
  const history = useInfiniteQuery(organizerHistoryQuery(organizerId));
  const events = history.data?.pages.flatMap((page) => page.events) ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="organizer-history-title">
      <Title order={2} id="organizer-history-title">
        History of organizer {name ?? shortId(organizerId)}
      </Title>
      <Text c="dimmed" size="sm">
        Every recorded event of the organizer’s settings, events and paid bookings (their payments, refunds and
        invoices), in log order, as the log holds them.
      </Text>
      {history.isPending ? (
        <Skeleton h={120} />
      ) : history.isError ? (
        <ProblemAlert error={history.error} onRetry={() => void history.refetch()} />
      ) : (
        <>
          <Text size="sm" role="status">
            {events.length} events{history.hasNextPage ? ' so far' : ''}.
          </Text>
          <HistoryTable events={events} label="History of the organizer" />
          {history.hasNextPage && (
            <div>
              <Button
                variant="default"
                loading={history.isFetchingNextPage}
                onClick={() => void history.fetchNextPage()}
              >
                Load more
              </Button>
            </div>
          )}
        </>
      )}
    </Stack>
  );
}
