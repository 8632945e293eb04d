import { Anchor, Button, Container, Grid, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link, useLocation, useParams } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { isProblem } from '../../lib/api';
import { AvailabilityPanel } from '../availability';
import { HoldForm } from '../holds';
import { EventDetails } from './EventDetails';
import { EventHero } from './EventHero';
import { coverOf } from './images';
import { useEvent } from './useEvent';

/** Pages that just wrote something link here with `state: { minPosition }` (read-your-writes). */
function minPositionFrom(state: unknown): string | undefined {
  if (state && typeof state === 'object' && 'minPosition' in state) {
    const value = (state as { minPosition: unknown }).minPosition;
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

function EventNotFound() {
  return (
    <Stack align="flex-start">
      <title>Event not found · Seatwise</title>
      <Title order={1}>Event not found</Title>
      <Text>This event does not exist or is not published yet.</Text>
      <Button component={Link} to="/">
        Browse events
      </Button>
    </Stack>
  );
}

export function EventPage() {
  const eventId = useParams().eventId ?? '';
  const location = useLocation();
  const event = useEvent(eventId, minPositionFrom(location.state));

  let content;
  if (event.isPending) {
    content = (
      <Stack gap="md" aria-busy="true">
        <title>Loading event · Seatwise</title>
        <Skeleton height={22} width={90} radius="xl" />
        <Title order={1}>
          <Skeleton height={36} width="60%" aria-hidden="true" />
          <VisuallyHidden>Loading event…</VisuallyHidden>
        </Title>
        <Skeleton height={16} width="40%" />
        <Skeleton height={16} width="50%" />
      </Stack>
    );
  } else if (event.isError) {
    content =
      isProblem(event.error) && event.error.status === 404 ? (
        <EventNotFound />
      ) : (
        <Stack>
          <title>Error · Seatwise</title>
          <Title order={1}>Could not load this event</Title>
          <ProblemAlert error={event.error} onRetry={() => void event.refetch()} />
        </Stack>
      );
  } else {
    const cover = coverOf(event.data.images) ?? event.data.cover;
    content = (
      <Stack gap="xl">
        {cover && <EventHero image={cover} />}
        <Grid gutter="xl">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <title>{`${event.data.title} · Seatwise`}</title>
            <EventDetails event={event.data} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="lg">
              <AvailabilityPanel eventId={event.data.id} />
              {event.data.status === 'published' && <HoldForm eventId={event.data.id} />}
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    );
  }

  return (
    <Container size="lg" px={0}>
      <Anchor component={Link} to="/" size="sm" mb="md" display="inline-block">
        <span aria-hidden="true">←</span> All events
      </Anchor>
      {content}
    </Container>
  );
}
