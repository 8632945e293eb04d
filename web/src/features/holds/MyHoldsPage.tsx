import { useEffect, useRef, useState } from 'react';
import { Button, Container, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SignInPrompt, useSession } from '../auth';
import { HoldCard } from './HoldCard';
import { useMyHolds } from './useMyHolds';

function HoldList({ onReleased }: { onReleased: (message: string) => void }) {
  const holds = useMyHolds();
  if (holds.isPending) {
    return (
      <Stack aria-hidden="true">
        <Skeleton height={96} />
        <Skeleton height={96} />
      </Stack>
    );
  }
  // Only a failed first load replaces the list; a failed "load more" is shown under it.
  if (holds.isLoadingError) {
    return <ProblemAlert error={holds.error} title="Could not load your holds" onRetry={() => void holds.refetch()} />;
  }
  const items = holds.data.pages.flatMap((page) => page.items);
  const total = holds.data.pages[holds.data.pages.length - 1]?.total ?? items.length;
  if (items.length === 0) {
    return (
      <Stack align="flex-start" gap="sm">
        <Text>You have no holds.</Text>
        <Button component={Link} to="/" variant="default">
          Browse events
        </Button>
      </Stack>
    );
  }
  return (
    <Stack>
      {items.map((hold) => (
        <HoldCard key={hold.holdId} hold={hold} onReleased={onReleased} />
      ))}
      {holds.hasNextPage && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed" aria-live="polite">
            Showing {items.length} of {total} holds
          </Text>
          <Button variant="default" onClick={() => void holds.fetchNextPage()} loading={holds.isFetchingNextPage}>
            Load more holds
          </Button>
        </Group>
      )}
      {holds.isFetchNextPageError && (
        <ProblemAlert
          error={holds.error}
          title="Could not load more holds"
          onRetry={() => void holds.fetchNextPage()}
        />
      )}
    </Stack>
  );
}

/** After a release the card (and its button) is gone: the focus moves to this message, not the page top. */
function ReleasedNotice({ released }: { released: { message: string } | null }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (released) ref.current?.focus();
  }, [released]);
  return (
    <Text ref={ref} tabIndex={-1} role="status" fw={600} data-testid="released-notice">
      {released?.message}
    </Text>
  );
}

export function MyHoldsPage() {
  const { isSignedIn } = useSession();
  const [released, setReleased] = useState<{ message: string } | null>(null);
  return (
    <Container size="md" px={0}>
      <title>My holds · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>My holds</Title>
        <Text c="dimmed">Seats you hold are kept for you until the hold expires.</Text>
        <ReleasedNotice released={released} />
        {isSignedIn ? (
          <HoldList onReleased={(message) => setReleased({ message })} />
        ) : (
          <SignInPrompt action="see your holds" />
        )}
      </Stack>
    </Container>
  );
}
