import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ReasonModal } from '../../components/ReasonModal';
import { newId } from '../../lib/ids';
import { formatMoney } from '../../lib/format';
import { useCategoryLabel } from '../categories';
import { catalogKeys, EventItemHeading, EventStatusBadge, type EventSummary } from '../catalog';
import { adminEventKeys, decide, type Verdict } from './adminEvents.api';
import { ApprovalChanges } from './ApprovalChanges';

function priceRange(event: EventSummary): string | null {
  if (event.priceMin === undefined || !event.currency) return null;
  const min = formatMoney(event.priceMin, event.currency);
  return event.priceMax !== undefined && event.priceMax !== event.priceMin
    ? `${min} – ${formatMoney(event.priceMax, event.currency)}`
    : min;
}

/** One event in the queue, with the admin's verdict. */
export function ApprovalItem({ event }: { event: EventSummary }) {
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  const categoryLabel = useCategoryLabel();
  const verdict = useMutation({
    mutationFn: (v: Verdict) => decide(event.id, v, newId()),
    onSuccess: () => {
      setRejecting(false);
      // The refetch sends the command's position as X-Min-Position (see adminEvents.api).
      void queryClient.invalidateQueries({ queryKey: adminEventKeys.all });
      void queryClient.invalidateQueries({ queryKey: catalogKeys.detail(event.id) });
    },
  });
  const headingId = `queue-${event.id}-title`;
  const prices = priceRange(event);

  return (
    <Paper component="li" withBorder p="md" radius="md" style={{ listStyle: 'none' }} aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <EventItemHeading event={event} headingId={headingId} order={2} extra={prices ? ` · ${prices}` : ''} />
          <Group gap={6}>
            <Badge variant="light" color="gray">
              {categoryLabel(event.category)}
            </Badge>
            <EventStatusBadge status={event.status} />
          </Group>
        </Group>
        {event.status === 'submitted' && <ApprovalChanges eventId={event.id} title={event.title} />}
        {event.status === 'submitted' && (
          <Group gap="xs">
            <Button
              onClick={() => verdict.mutate({ action: 'approve' })}
              loading={verdict.isPending && verdict.variables?.action === 'approve'}
            >
              Approve
            </Button>
            <Button variant="light" color="red" onClick={() => setRejecting(true)} disabled={verdict.isPending}>
              Reject
            </Button>
          </Group>
        )}
        {verdict.isError && !rejecting && <ProblemAlert error={verdict.error} title="That did not work" />}
      </Stack>
      <ReasonModal
        opened={rejecting}
        onClose={() => setRejecting(false)}
        title={`Reject “${event.title}”`}
        explanation="The organizer sees this reason and can edit the event and submit it again."
        confirmLabel="Confirm rejection"
        minLength={3}
        maxLength={500}
        pending={verdict.isPending}
        error={verdict.error}
        onConfirm={(reason) => verdict.mutate({ action: 'reject', reason })}
      />
    </Paper>
  );
}
