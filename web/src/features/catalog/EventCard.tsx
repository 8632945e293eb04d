import { memo } from 'react';
import { Anchor, Badge, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { CalendarIcon, MapPinIcon } from '../../lib/icons';
import { formatDateTime, formatMoney, seatsLeft } from '../../lib/format';
import { categoryColor } from './categories';
import type { EventSummary } from './catalog.types';
import { srcSetOf, variantOf } from './images';
import { salesNotice, salesStatus } from './salesStatus';
import classes from './EventMedia.module.css';

/** "From €25.00", "Free", or null when the event has no prices yet. */
function priceLabel(event: EventSummary): string | null {
  if (event.priceMin === undefined || !event.currency) return null;
  if (event.priceMin === 0 && (event.priceMax ?? 0) === 0) return 'Free';
  return `From ${formatMoney(event.priceMin, event.currency)}`;
}

/**
 * Memoised: the catalog re-renders as the session, categories and further pages arrive, and two dozen
 * cards re-rendering each time is most of its start-up's main-thread work. `categoryLabel` is the
 * label itself (not a lookup function), so a card re-renders only when its own label changes.
 */
export const EventCard = memo(function EventCard({
  event,
  categoryLabel,
}: {
  event: EventSummary;
  categoryLabel: string;
}) {
  const soldOut = event.free <= 0;
  const notice = salesNotice(salesStatus(event));
  const cover = event.cover && variantOf(event.cover, 'thumb');
  const price = priceLabel(event);
  return (
    <Card component="article" withBorder padding="lg" radius="md" h="100%">
      {cover && (
        <Card.Section mb="sm">
          {/* The small variant; never the full one, however wide a single-column card gets. */}
          <img
            className={classes.cardImage}
            src={cover.url}
            srcSet={event.cover && srcSetOf(event.cover, ['thumb', 'card'])}
            sizes="(min-width: 75em) 380px, (min-width: 48em) 50vw, 100vw"
            alt={event.cover?.alt ?? ''}
            width={cover.width}
            height={cover.height}
            loading="lazy"
            decoding="async"
          />
        </Card.Section>
      )}
      <Stack gap="xs" h="100%">
        <Group justify="space-between" gap="xs">
          <Badge color={categoryColor(event.category)} variant="filled">
            {categoryLabel}
          </Badge>
          <Text size="sm" fw={600} c={!notice && soldOut ? 'var(--mantine-color-error)' : undefined}>
            {notice ?? seatsLeft(event.free, event.held)}
          </Text>
        </Group>
        <Title order={2} size="h4" lh={1.3}>
          <Anchor component={Link} to={`/events/${encodeURIComponent(event.id)}`} c="inherit">
            {event.title}
          </Anchor>
        </Title>
        <Group gap={6} wrap="nowrap" c="dimmed">
          <CalendarIcon size={16} />
          <Text size="sm" component="time" dateTime={event.startsAt}>
            {formatDateTime(event.startsAt)}
          </Text>
        </Group>
        <Group gap={6} wrap="nowrap" c="dimmed">
          <MapPinIcon size={16} />
          <Text size="sm">
            {event.venue.name}, {event.venue.city}
          </Text>
        </Group>
        {price && (
          <Text size="sm" fw={600} mt="auto">
            {price}
          </Text>
        )}
      </Stack>
    </Card>
  );
});

export function EventCardSkeleton() {
  return (
    <Card withBorder padding="lg" radius="md" aria-hidden="true">
      <Stack gap="sm">
        <Group justify="space-between">
          <Skeleton height={20} width={80} radius="xl" />
          <Skeleton height={14} width={90} />
        </Group>
        <Skeleton height={22} width="80%" />
        <Skeleton height={14} width="60%" />
        <Skeleton height={14} width="70%" />
      </Stack>
    </Card>
  );
}
