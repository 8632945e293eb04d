import { Button, Container, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SignInPrompt, useSession } from '../auth';
import { useMyWaitlist } from './useWaitlist';
import { WaitlistEntryCard } from './WaitlistEntryCard';

function Entries() {
  const list = useMyWaitlist();
  if (list.isPending) return <Skeleton height={96} aria-hidden="true" />;
  if (list.isError) {
    return <ProblemAlert error={list.error} title="Could not load your waitlist" onRetry={() => void list.refetch()} />;
  }
  if (list.data.items.length === 0) {
    return (
      <Stack align="flex-start" gap="sm">
        <Text>You are not on any waitlist. A sold-out event offers one on its page.</Text>
        <Button component={Link} to="/" variant="default">
          Browse events
        </Button>
      </Stack>
    );
  }
  return (
    <Stack>
      {list.data.items.map((entry) => (
        <WaitlistEntryCard key={entry.entryId} entry={entry} />
      ))}
    </Stack>
  );
}

/** The caller's waitlist entries: place in the queue, offers to book, and how the others ended. */
export function MyWaitlistPage() {
  const { isSignedIn } = useSession();
  return (
    <Container size="md" px={0}>
      <title>My waitlist · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>My waitlist</Title>
        <Text c="dimmed">
          Places that free up on a sold-out event are offered to the people waiting, in the order they joined.
        </Text>
        {isSignedIn ? <Entries /> : <SignInPrompt action="see your waitlist" />}
      </Stack>
    </Container>
  );
}
