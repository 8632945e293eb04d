import type { ReactNode } from 'react';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import type { EventSummary } from './catalog.types';

type Props = {
  event: EventSummary;
  headingId: string;
  order: 2 | 3;
  /** Appended to the date and venue line (e.g. prices). */
  extra?: ReactNode;
};

/** The title (linked to the event page) and the when/where line of an event in a list. */
export function EventItemHeading({ event, headingId, order, extra }: Props) {
  return (
    <Stack gap={2} style={{ minWidth: 0, flex: '1 1 240px' }}>
      <Title order={order} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
        <Anchor component={Link} to={`/events/${encodeURIComponent(event.id)}`} c="inherit">
          {event.title}
        </Anchor>
      </Title>
      <Text size="sm" c="dimmed">
        <time dateTime={event.startsAt}>{formatDateTime(event.startsAt)}</time>
        {event.venue?.name ? ` · ${event.venue.name}, ${event.venue.city}` : ''}
        {extra}
      </Text>
    </Stack>
  );
}
