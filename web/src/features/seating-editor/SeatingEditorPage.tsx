import { Alert, Anchor, Container, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RequireSignIn } from '../auth';
import { fetchEvent, statusLabel } from '../catalog';
import { PlanPreview } from './PlanPreview';
import { fetchSeatingPlan } from '../plan-canvas';
import { SeatingEditor } from './SeatingEditor';

const EDITABLE = new Set(['draft', 'rejected', 'approved', 'published']);

function EditorLoader({ eventId }: { eventId: string }) {
  // Loaded once: background refetches must not replace what the organizer is editing.
  const data = useQuery({
    queryKey: ['organizer', 'seating', eventId],
    queryFn: async ({ signal }) => {
      const [event, plan] = await Promise.all([fetchEvent(eventId, { signal }), fetchSeatingPlan(eventId, { signal })]);
      return { event, plan };
    },
    staleTime: 0,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
  if (data.isPending) return <Skeleton height={520} aria-hidden="true" />;
  if (data.isError)
    return (
      <ProblemAlert error={data.error} title="Could not load the seating plan" onRetry={() => void data.refetch()} />
    );
  const { event, plan } = data.data;
  const heading = (
    <Text c="dimmed">
      {event.title} · {statusLabel(event.status)}
    </Text>
  );
  if (!EDITABLE.has(event.status)) {
    return (
      <Stack>
        {heading}
        <Alert color="yellow" variant="light" title={`${statusLabel(event.status)}: the plan cannot be changed`}>
          {event.status === 'submitted'
            ? 'Withdraw the submission first to change the seating plan.'
            : 'Cancelled and completed events keep their plan.'}
        </Alert>
        {plan ? (
          <PlanPreview event={event} plan={plan.document.plan} />
        ) : (
          <Text>This event has no seating plan: it sells a plain capacity.</Text>
        )}
      </Stack>
    );
  }
  if (!event.priceTiers?.length) {
    return (
      <Stack>
        {heading}
        <Alert color="yellow" variant="light" title="Add a price tier first">
          Every section and seat is sold at one of the event’s price tiers.{' '}
          <Anchor component={Link} to={`/organizer/events/${encodeURIComponent(event.id)}/edit`}>
            Edit the event
          </Anchor>
        </Alert>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      {heading}
      <SeatingEditor key={event.id} event={event} initial={plan?.document.plan ?? null} etag={plan?.etag} />
    </Stack>
  );
}

export function SeatingEditorPage() {
  const eventId = useParams().eventId ?? '';
  return (
    <Container size="xl" px={0}>
      <title>Seating plan · Organizer · Seatwise</title>
      <Anchor component={Link} to="/organizer" size="sm" mb="md" display="inline-block">
        <span aria-hidden="true">←</span> My events
      </Anchor>
      <Stack gap="lg">
        <Title order={1}>Seating plan</Title>
        <RequireSignIn action="edit seating plans" roles={['organizer', 'admin']}>
          <EditorLoader eventId={eventId} />
        </RequireSignIn>
      </Stack>
    </Container>
  );
}
