import { useState } from 'react';
import { Button, Group, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ReasonModal } from '../../components/ReasonModal';
import { isProblem } from '../../lib/api';
import type { EventSummary } from '../catalog';
import type { LifecycleAction } from './organizer.api';
import { useLifecycle } from './useEventCommands';

const MISSING: Record<string, string> = {
  startsAt: 'Start date and time',
  venue: 'Venue (name and city)',
  priceTiers: 'At least one price tier',
  capacity: 'Capacity',
};

const DONE: Record<LifecycleAction, string> = {
  submit: 'Submitted for approval.',
  withdraw: 'Withdrawn: back to draft.',
  publish: 'Published: sales are open.',
  cancel: 'Cancelled.',
};

function missingOf(error: unknown): string[] {
  if (!isProblem(error) || error.code !== 'catalog.incomplete') return [];
  const missing = error.extensions.missing;
  return Array.isArray(missing) ? missing.map(String) : [];
}

/** What the organizer can do with the event in its current state. */
export function EventActions({ event }: { event: EventSummary }) {
  const lifecycle = useLifecycle(event.id);
  const [cancelling, setCancelling] = useState(false);
  const run = (action: LifecycleAction) => lifecycle.mutate({ action });
  const busy = lifecycle.isPending;
  const missing = missingOf(lifecycle.error);
  const status = event.status;

  return (
    <Stack gap="xs">
      <Group gap="xs">
        {(status === 'draft' || status === 'rejected') && (
          <>
            <Button component={Link} to={`/organizer/events/${encodeURIComponent(event.id)}/edit`} variant="default">
              Edit
            </Button>
            <Button onClick={() => run('submit')} loading={busy}>
              Submit for approval
            </Button>
          </>
        )}
        {(status === 'submitted' || status === 'approved' || status === 'published') && (
          <Button component={Link} to={`/organizer/events/${encodeURIComponent(event.id)}/edit`} variant="default">
            {status === 'approved' ? 'Edit' : 'Images'}
          </Button>
        )}
        {/* Always there: the page edits the plan when the status allows, else shows it read only. */}
        <Button component={Link} to={`/organizer/events/${encodeURIComponent(event.id)}/seating`} variant="default">
          Seating plan
        </Button>
        {(status === 'published' || status === 'cancelled') && (
          <Button component={Link} to={`/organizer/events/${encodeURIComponent(event.id)}/orders`} variant="default">
            Orders
          </Button>
        )}
        {status === 'published' && (
          <Button
            component={Link}
            to={`/organizer/events/${encodeURIComponent(event.id)}/group-requests`}
            variant="default"
          >
            Group requests
          </Button>
        )}
        {status === 'submitted' && (
          <Button variant="default" onClick={() => run('withdraw')} loading={busy}>
            Withdraw
          </Button>
        )}
        {status === 'approved' && (
          <Button onClick={() => run('publish')} loading={busy}>
            Publish
          </Button>
        )}
        {status === 'published' && (
          <Button component={Link} to={`/organizer/events/${encodeURIComponent(event.id)}/check-in`} variant="default">
            Check-in
          </Button>
        )}
        {status === 'published' && (
          <Button component={Link} to={`/organizer/events/${encodeURIComponent(event.id)}/waitlist`} variant="default">
            Waitlist
          </Button>
        )}
        {status === 'published' && (
          <Button variant="light" color="red" onClick={() => setCancelling(true)}>
            Cancel event
          </Button>
        )}
      </Group>
      <Text size="sm" role="status">
        {lifecycle.isSuccess && !cancelling ? DONE[lifecycle.variables.action] : ''}
      </Text>
      {missing.length > 0 ? (
        <ProblemAlert error={lifecycle.error} title="Not ready to submit" showFieldErrors={false}>
          <Text size="sm">Set these first:</Text>
          <List size="sm">
            {missing.map((field) => (
              <List.Item key={field}>{MISSING[field] ?? field}</List.Item>
            ))}
          </List>
        </ProblemAlert>
      ) : (
        lifecycle.isError && !cancelling && <ProblemAlert error={lifecycle.error} title="That did not work" />
      )}
      <ReasonModal
        opened={cancelling}
        onClose={() => setCancelling(false)}
        title={`Cancel “${event.title}”`}
        explanation="Sales stop. The reason is kept with the event and shown on its page."
        confirmLabel="Confirm cancellation"
        pending={busy}
        error={lifecycle.error}
        onConfirm={(reason) =>
          lifecycle.mutate({ action: 'cancel', reason }, { onSuccess: () => setCancelling(false) })
        }
      />
    </Stack>
  );
}
