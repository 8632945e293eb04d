import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../lib/format';
import { newId } from '../../lib/ids';
import { HoldCountdown, useCountdown } from './HoldCountdown';
import type { Hold } from './holds.types';
import { useReleaseHold } from './useHoldMutations';

/** A hold the platform cancelled with its event: what it was, when and why; nothing to release. */
function CancelledHoldCard({ hold }: { hold: Hold }) {
  const seats = `${hold.quantity} ${hold.quantity === 1 ? 'seat' : 'seats'}`;
  return (
    <Paper component="article" withBorder p="md" radius="md" aria-labelledby={`hold-${hold.holdId}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Title order={2} size="h4" id={`hold-${hold.holdId}`}>
            {hold.eventTitle}
          </Title>
          <Badge color="red" variant="light">
            Cancelled
          </Badge>
        </Group>
        <Text size="sm">
          {seats} released: the event was cancelled
          {hold.cancelledAt && (
            <>
              {' '}
              on <time dateTime={hold.cancelledAt}>{formatDateTime(hold.cancelledAt)}</time>
            </>
          )}
          .
        </Text>
        {hold.cancellationReason && (
          <Text size="sm">
            <Text span c="dimmed">
              Reason:
            </Text>{' '}
            {hold.cancellationReason}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** `onReleased`: the card goes away with its hold; the page says what happened (and takes the focus). */
export function HoldCard({ hold, onReleased }: { hold: Hold; onReleased?: (message: string) => void }) {
  return hold.status === 'cancelled' ? (
    <CancelledHoldCard hold={hold} />
  ) : (
    <ActiveHoldCard hold={hold} onReleased={onReleased} />
  );
}

function ActiveHoldCard({ hold, onReleased }: { hold: Hold; onReleased?: (message: string) => void }) {
  const release = useReleaseHold();
  const expired = useCountdown(hold.expiresAt) === 0;
  const seats = `${hold.quantity} ${hold.quantity === 1 ? 'seat' : 'seats'}`;

  return (
    <Paper component="article" withBorder p="md" radius="md" aria-labelledby={`hold-${hold.holdId}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={4}>
            <Title order={2} size="h4" id={`hold-${hold.holdId}`}>
              <Anchor component={Link} to={`/events/${encodeURIComponent(hold.eventId)}`}>
                {hold.eventTitle}
              </Anchor>
            </Title>
            <Group gap="xs">
              <Text size="sm">{seats} held</Text>
              {hold.waitlistOffer && (
                <Badge color="green" variant="light">
                  From the waitlist
                </Badge>
              )}
            </Group>
            <HoldCountdown expiresAt={hold.expiresAt} />
          </Stack>
          <Group gap="xs">
            {!expired && (
              <Button
                component={Link}
                to={`/events/${encodeURIComponent(hold.eventId)}/checkout`}
                aria-label={`Check out ${seats} for ${hold.eventTitle}`}
              >
                Check out
              </Button>
            )}
            <Button
              variant="default"
              onClick={
                () =>
                  // mutateAsync: the list drops this card on success, and a callback of mutate() would not run once it is gone.
                  release
                    .mutateAsync({ eventId: hold.eventId, holdId: hold.holdId, idempotencyKey: newId() })
                    .then(() => onReleased?.(`Released ${seats} for ${hold.eventTitle}.`))
                    .catch(() => undefined) // shown below from release.error
              }
              loading={release.isPending}
              disabled={expired || release.isSuccess}
              aria-label={`Release ${seats} for ${hold.eventTitle}`}
            >
              Release
            </Button>
          </Group>
        </Group>
        {release.isError && <ProblemAlert error={release.error} title="Could not release the hold" />}
      </Stack>
    </Paper>
  );
}
