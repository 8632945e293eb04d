import { Anchor, Button, Container, Grid, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { memo, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { isProblem } from '../../lib/api';
import { formatInZone } from '../../lib/format';
import {
  AccessCodeField,
  type EventAccess,
  accessFor,
  forgetAccess,
  presaleOpen,
  rememberAccess,
  tiersWithAccess,
} from '../access';
import { AvailabilityPanel } from '../availability';
import { useSession } from '../auth';
import { GroupBookingPanel } from '../group-booking';
import { HoldForm, type HoldSeatingChoice } from '../holds';
import { LazyEventSeatMap, preloadSeatMap, useEventSeating, useSeatPicking } from '../seat-map';
import type { EventDetail } from './catalog.types';
import { EventDetails } from './EventDetails';
import { EventHero } from './EventHero';
import { coverOf } from './images';
import { salesNotice, salesStatus } from './salesStatus';
import { useEvent } from './useEvent';

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

/**
 * Availability, the hold form and, with a seating plan, the seat map beside it: the part of the page
 * that changes as the plan, taken seats, session and live availability arrive. It re-renders alone;
 * the details beside it (memo) are drawn once.
 */
function EventBooking({ event }: { event: EventDetail }) {
  const published = event.status === 'published';
  const withPlan = event.seating !== undefined;
  const { isSignedIn } = useSession();
  const seating = useEventSeating(event.id, published, withPlan);
  const picking = useSeatPicking(seating);
  useEffect(() => {
    if (withPlan) void preloadSeatMap();
  }, [withPlan]);
  const model = seating.model;
  const canPick = published && isSignedIn;
  // An access code the buyer applied (kept for the checkout): hidden tiers it unlocks, presale.
  const [access, setAccess] = useState<EventAccess | undefined>(() => accessFor(event.id));
  const chooseAccess = (granted: EventAccess | undefined) => {
    if (granted) rememberAccess(granted);
    else forgetAccess(event.id);
    setAccess(granted);
  };
  const tiers = tiersWithAccess(seating.document?.priceTiers ?? event.priceTiers ?? [], access);
  const prices = new Map(tiers.map((t) => [t.id, t.price]));
  const choice: HoldSeatingChoice | undefined = model
    ? {
        sections: model.sections.map((g) => ({
          id: g.section.id,
          name: g.section.name,
          standing: g.section.kind === 'standing',
          free: seating.free?.get(g.section.id),
        })),
        sectionId: picking.sectionId,
        onSectionChange: picking.chooseSection,
        picked: picking.picked.map((id) => {
          const i = model.indexOf(id);
          const seat = i === undefined ? undefined : model.seats[i];
          return {
            id,
            label: seat ? `Row ${seat.row}, seat ${seat.number}` : id,
            price: seat && prices.get(seat.priceTierId),
          };
        }),
        onClearPicked: picking.clear,
        onSeatsChanged: () => {
          picking.clear();
          void seating.reloadSeats();
        },
        canPick,
      }
    : undefined;
  // Outside its sales window an event takes no holds: say when it does instead of offering the form.
  const formatTime = (iso: string) => formatInZone(iso, event.timeZone);
  const notice = presaleOpen(access) ? null : salesNotice(salesStatus(event), formatTime);
  // The hold form waits for the plan query: with a plan it offers sections and seats.
  const holdForm = notice ? (
    <Text fw={700} role="status">
      {notice}
    </Text>
  ) : (
    published &&
    !seating.planPending && (
      <HoldForm
        eventId={event.id}
        eventTitle={event.title}
        seating={choice}
        accessCode={access?.code}
        waitlist={event.waitlist !== false}
      />
    )
  );
  const accessField = published && isSignedIn && (
    <AccessCodeField eventId={event.id} access={access} onAccess={chooseAccess} formatTime={formatTime} />
  );
  return (
    <>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="lg">
          <AvailabilityPanel eventId={event.id} />
          {accessField}
          {!model && holdForm}
          <GroupBookingPanel event={event} />
        </Stack>
      </Grid.Col>
      {model && (
        <>
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <LazyEventSeatMap seating={seating} picking={picking} canPick={canPick} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>{holdForm}</Grid.Col>
        </>
      )}
    </>
  );
}

/** Details and availability; with a seating plan, the seat map beside the hold form. */
const EventContent = memo(function EventContent({ event }: { event: EventDetail }) {
  return (
    <Grid gutter="xl">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <title>{`${event.title} · Seatwise`}</title>
        <EventDetails event={event} />
      </Grid.Col>
      <EventBooking event={event} />
    </Grid>
  );
});

export function EventPage() {
  const eventId = useParams().eventId ?? '';
  const event = useEvent(eventId);

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
        <EventContent event={event.data} />
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
