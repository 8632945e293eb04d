import { memo } from 'react';
import { Alert, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { CalendarIcon, MapPinIcon } from '../../lib/icons';
import { countryName, formatInZone } from '../../lib/format';
import { useCategoryLabel } from '../categories';
import { categoryColor } from './categories';
import type { EventDetail } from './catalog.types';
import { EventDescription } from './EventDescription';
import { EventFacts } from './EventFacts';
import { EventGallery } from './EventGallery';
import { galleryOf } from './images';
import { EventStatusBadge } from './EventStatusBadge';

/** Drawn once per answer of the event: the availability, seat map and hold form beside it re-render without it. */
export const EventDetails = memo(function EventDetails({ event }: { event: EventDetail }) {
  const tags = event.tags ?? [];
  const categoryLabel = useCategoryLabel();
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge color={categoryColor(event.category)} variant="filled">
          {categoryLabel(event.category)}
        </Badge>
        {/* Only its organizer and admins see an unpublished event. */}
        {event.status !== 'published' && <EventStatusBadge status={event.status} />}
      </Group>
      <Title order={1}>{event.title}</Title>
      {event.status === 'rejected' && event.rejectionReason && (
        <Alert color="red" variant="light" title="Rejected">
          {event.rejectionReason}
        </Alert>
      )}
      {event.status === 'cancelled' && (
        <Alert color="orange" variant="light" title="This event is cancelled">
          {event.cancellationReason}
        </Alert>
      )}
      <Group gap={8} wrap="nowrap" align="flex-start">
        <CalendarIcon style={{ marginTop: 3, flexShrink: 0 }} />
        <Text>
          <time dateTime={event.startsAt}>{formatInZone(event.startsAt, event.timeZone)}</time>
          {event.endsAt && (
            <>
              {' '}
              until <time dateTime={event.endsAt}>{formatInZone(event.endsAt, event.timeZone)}</time>
            </>
          )}
        </Text>
      </Group>
      <Group gap={8} wrap="nowrap" align="flex-start">
        <MapPinIcon style={{ marginTop: 3, flexShrink: 0 }} />
        <Text>
          {event.venue.name}, {event.venue.address ? `${event.venue.address}, ` : ''}
          {event.venue.city}, {countryName(event.venue.country)}
        </Text>
      </Group>
      {tags.length > 0 && (
        <Group gap={6} component="ul" aria-label="Tags" p={0} m={0} style={{ listStyle: 'none' }}>
          {tags.map((tag) => (
            <Badge key={tag} component="li" variant="light" color="gray" tt="none">
              {tag}
            </Badge>
          ))}
        </Group>
      )}
      {event.description && (
        <Stack gap="xs" component="section" aria-labelledby="about-heading">
          <Title order={2} size="h3" id="about-heading">
            About this event
          </Title>
          <EventDescription text={event.description} />
        </Stack>
      )}
      <EventGallery images={galleryOf(event.images)} />
      <EventFacts event={event} />
    </Stack>
  );
});
