import type { ReactNode } from 'react';
import { Alert, Anchor, Container, Skeleton, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RequireSignIn } from '../auth';
import { fetchEvent, statusLabel } from '../catalog';
import { CreateEventForm, EditEventForm } from './EventForm';
import { MediaManager } from './media';

const EDITABLE = new Set(['draft', 'rejected', 'approved']);

function EditorLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Container size="md" px={0}>
      <title>{`${title} · Organizer · Seatwise`}</title>
      <Anchor component={Link} to="/organizer" size="sm" mb="md" display="inline-block">
        <span aria-hidden="true">←</span> My events
      </Anchor>
      <Stack gap="lg">
        <Title order={1}>{title}</Title>
        <RequireSignIn action="edit events" roles={['organizer', 'admin']}>
          {children}
        </RequireSignIn>
      </Stack>
    </Container>
  );
}

export function NewEventPage() {
  const navigate = useNavigate();
  return (
    <EditorLayout title="New event">
      {/* The new draft opens in its editor: images, then seating and submission, come next. */}
      <CreateEventForm
        onCreated={({ eventId }, title) =>
          void navigate(`/organizer/events/${encodeURIComponent(eventId)}/edit`, { state: { created: title } })
        }
      />
    </EditorLayout>
  );
}

/** Just created (NewEventPage's navigation state): say so, and what comes next. */
function CreatedNotice({ eventId }: { eventId: string }) {
  const state: unknown = useLocation().state;
  const title = state && typeof state === 'object' && 'created' in state ? String(state.created) : null;
  if (!title) return null;
  return (
    <Alert color="green" variant="light" title="Draft created" role="status">
      “{title}” is saved as a draft. Add images or a{' '}
      <Anchor component={Link} to={`/organizer/events/${encodeURIComponent(eventId)}/seating`} inherit>
        seating plan
      </Anchor>
      , then submit it for approval from{' '}
      <Anchor component={Link} to="/organizer" inherit>
        My events
      </Anchor>
      .
    </Alert>
  );
}

function EventEditor({ eventId }: { eventId: string }) {
  // Its own cache entry: the form is filled once and background refetches must not touch it.
  const event = useQuery({
    queryKey: ['organizer', 'edit', eventId],
    queryFn: ({ signal }) => fetchEvent(eventId, { signal }),
    staleTime: 0,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
  if (event.isPending) return <Skeleton height={400} aria-hidden="true" />;
  if (event.isError)
    return <ProblemAlert error={event.error} title="Could not load the event" onRetry={() => void event.refetch()} />;
  const { status } = event.data;
  // Images can change in any status but cancelled and completed (the server says so too).
  const media = status !== 'cancelled' && status !== 'completed' && (
    <MediaManager eventId={event.data.id} initial={event.data.images} />
  );
  if (!EDITABLE.has(status)) {
    return (
      <>
        <Alert color="yellow" variant="light" title={`${statusLabel(status)}: details not editable`}>
          {status === 'submitted'
            ? 'Withdraw the submission first to change the details of this event.'
            : 'Only drafts, rejected and approved events can be changed.'}
          {media && ' Its images can still be changed below.'}
        </Alert>
        {media}
      </>
    );
  }
  return (
    <>
      <CreatedNotice eventId={event.data.id} />
      <EditEventForm key={event.data.id} event={event.data} />
      {media}
    </>
  );
}

export function EditEventPage() {
  const eventId = useParams().eventId ?? '';
  return (
    <EditorLayout title="Edit event">
      <EventEditor eventId={eventId} />
    </EditorLayout>
  );
}
