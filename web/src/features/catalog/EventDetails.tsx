import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { CalendarIcon, MapPinIcon } from '../../lib/icons';
import { capitalize, countryName, formatLongDateTime } from '../../lib/format';
import { categoryColor } from './categories';
import type { EventDetail } from './catalog.types';

export function EventDetails({ event }: { event: EventDetail }) {
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge color={categoryColor(event.category)} variant="filled">
          {capitalize(event.category)}
        </Badge>
        {event.status === 'draft' && (
          <Badge color="gray" variant="outline">
            Draft (not published)
          </Badge>
        )}
      </Group>
      <Title order={1}>{event.title}</Title>
      <Group gap={8} wrap="nowrap" align="flex-start">
        <CalendarIcon style={{ marginTop: 3, flexShrink: 0 }} />
        <Text component="time" dateTime={event.startsAt}>
          {formatLongDateTime(event.startsAt)}
        </Text>
      </Group>
      <Group gap={8} wrap="nowrap" align="flex-start">
        <MapPinIcon style={{ marginTop: 3, flexShrink: 0 }} />
        <Text>
          {event.venue.name}, {event.venue.city}, {countryName(event.venue.country)}
        </Text>
      </Group>
      {event.description && (
        <Text style={{ whiteSpace: 'pre-wrap' }} maw="70ch">
          {event.description}
        </Text>
      )}
    </Stack>
  );
}
