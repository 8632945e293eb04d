import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { MAX_SEATS_PER_HOLD } from '@booking/inventory-rules';
import { ProblemAlert } from '../../components/ProblemAlert';
import { isProblem } from '../../lib/api';
import { formatLongDateTime } from '../../lib/format';
import { newId } from '../../lib/ids';
import { useSession } from '../auth';
import type { EventDetail } from '../catalog';
import { usePlaceHold } from '../holds';
import { fetchMyGroupRequests, groupRequestKeys, requestGroupBooking } from './group-booking.api';
import type { GroupRequest } from './group-booking.types';
import { STATUS_LABELS, groupQuantityError } from './group-request';

const describeRule = (rule: { minTickets: number; percentOff: number }) =>
  `${rule.percentOff} % off each ticket when you book ${rule.minTickets} or more`;

/** The event's group prices (the checkout applies the best one a booking reaches). */
function GroupPrices({ event }: { event: EventDetail }) {
  const rules = event.groupPrices ?? [];
  if (rules.length === 0) return null;
  return (
    <Stack gap={4} data-testid="group-prices">
      <Text fw={700}>Group prices</Text>
      <List size="sm">
        {rules.map((rule) => (
          <List.Item key={rule.minTickets}>{describeRule(rule)}</List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** Spends an approved request on one hold (best available, or standing places). */
function HoldApproved({ event, request }: { event: EventDetail; request: GroupRequest }) {
  const sections = event.seating?.sections ?? [];
  const [sectionId, setSectionId] = useState(sections.length === 1 ? sections[0].id : '');
  const hold = usePlaceHold(event.id);
  const queryClient = useQueryClient();
  const { user } = useSession();
  const submit = () =>
    hold.mutate(
      {
        quantity: request.quantity,
        idempotencyKey: newId(),
        place: { groupRequestId: request.requestId, ...(sectionId ? { sectionId } : {}) },
      },
      {
        onSettled: () => {
          if (user) void queryClient.invalidateQueries({ queryKey: ['me', user.id, 'group-requests'] });
        },
      },
    );
  if (hold.isSuccess) {
    return (
      <Alert color="green" variant="light" title="Places held" role="status">
        <Stack gap={4}>
          <Text size="sm">
            You hold {hold.data.quantity} places for {event.title}
            {hold.data.seatIds?.length ? ' together' : ''}.
          </Text>
          <Anchor component={Link} to={`/events/${encodeURIComponent(event.id)}/checkout`} fw={600} size="sm">
            Check out now
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  return (
    <Stack gap="xs">
      {sections.length > 1 && (
        <NativeSelect
          label="Section for the group"
          value={sectionId}
          onChange={(e) => setSectionId(e.currentTarget.value)}
          data={[{ value: '', label: 'Choose a section…' }, ...sections.map((s) => ({ value: s.id, label: s.name }))]}
        />
      )}
      <Group>
        <Button onClick={submit} loading={hold.isPending} disabled={sections.length > 1 && !sectionId}>
          Hold {request.quantity} places for the group
        </Button>
      </Group>
      {hold.isError && <ProblemAlert error={hold.error} title="Could not hold the group's places" />}
    </Stack>
  );
}

function RequestItem({ event, request }: { event: EventDetail; request: GroupRequest }) {
  const color = { pending: 'yellow', approved: 'green', declined: 'red', used: 'blue', expired: 'gray' }[
    request.status
  ];
  return (
    <Paper component="li" withBorder p="sm" radius="md" style={{ listStyle: 'none' }}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text fw={600}>Group of {request.quantity}</Text>
          <Badge color={color} variant="light">
            {STATUS_LABELS[request.status]}
          </Badge>
        </Group>
        {request.reason && <Text size="sm">The organizer says: {request.reason}</Text>}
        {request.status === 'approved' && request.validUntil && (
          <Text size="sm">Hold them in one go before {formatLongDateTime(request.validUntil)}.</Text>
        )}
        {request.status === 'approved' && <HoldApproved event={event} request={request} />}
        {request.status === 'used' && (
          <Text size="sm">
            Your group's places are held.{' '}
            <Anchor component={Link} to={`/events/${encodeURIComponent(event.id)}/checkout`} fw={600}>
              Check out now
            </Anchor>
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** Asks the organizer for more places in one hold than the per-order limit allows. */
function RequestForm({ event, maxPerOrder }: { event: EventDetail; maxPerOrder: number }) {
  const queryClient = useQueryClient();
  const { user } = useSession();
  const [quantity, setQuantity] = useState<number | string>(maxPerOrder + 1);
  const [message, setMessage] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);
  const [key, setKey] = useState(newId);
  const send = useMutation({
    mutationFn: () => requestGroupBooking(event.id, { quantity: Number(quantity), message: message.trim() }, key),
    onSuccess: () => {
      setKey(newId());
      setMessage('');
      if (user) void queryClient.invalidateQueries({ queryKey: ['me', user.id, 'group-requests'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = groupQuantityError(quantity, maxPerOrder);
    setInputError(problem);
    if (!problem) send.mutate();
  };
  const serverField = isProblem(send.error) ? send.error.fieldMessage('quantity') : undefined;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="group-request-heading">
      <Stack gap="sm">
        <Text fw={600} id="group-request-heading">
          Request a group booking
        </Text>
        <Text size="sm">
          More than {maxPerOrder} people? Ask the organizer to let you hold your group's places together.
        </Text>
        <NumberInput
          label="Places for the group"
          value={quantity}
          onChange={(value) => {
            setQuantity(value);
            setInputError(null);
          }}
          min={maxPerOrder + 1}
          allowDecimal={false}
          allowNegative={false}
          error={inputError ?? serverField}
          w={200}
        />
        <Textarea
          label="Message to the organizer"
          description="Optional: who the group is"
          value={message}
          onChange={(e) => setMessage(e.currentTarget.value)}
          maxLength={1000}
          autosize
          minRows={2}
        />
        <Group>
          <Button type="submit" variant="light" loading={send.isPending}>
            Send request
          </Button>
        </Group>
        {send.isSuccess && (
          <Text size="sm" role="status">
            Request sent. You will get an e-mail when the organizer answers.
          </Text>
        )}
        {send.isError && !serverField && <ProblemAlert error={send.error} title="Could not send the request" />}
      </Stack>
    </form>
  );
}

/**
 * Group booking on the event page: the event's group prices, the caller's group requests for it
 * (an approved one can be held in one go), and the form asking for more than the per-order limit.
 */
export function GroupBookingPanel({ event }: { event: EventDetail }) {
  const { user, isSignedIn } = useSession();
  const maxPerOrder = Math.min(event.maxTicketsPerOrder ?? MAX_SEATS_PER_HOLD, MAX_SEATS_PER_HOLD);
  const mine = useQuery({
    queryKey: groupRequestKeys.mine(user?.id ?? '', event.id),
    queryFn: ({ signal }) => fetchMyGroupRequests(event.id, signal),
    enabled: isSignedIn && !!user,
  });
  const onSale = event.status === 'published';
  const requests = mine.data?.items ?? [];
  if (!onSale && (event.groupPrices ?? []).length === 0) return null;
  return (
    <Stack gap="md" component="section" aria-labelledby="group-booking-heading">
      <Title order={2} size="h4" id="group-booking-heading">
        Booking for a group
      </Title>
      <GroupPrices event={event} />
      {onSale && isSignedIn && requests.length > 0 && (
        <Stack gap="xs">
          <Group justify="space-between" gap="xs">
            <Text fw={600}>Your group requests</Text>
            <Anchor component={Link} to="/me/group-requests" size="sm">
              All my group requests
            </Anchor>
          </Group>
          <Stack component="ul" gap="xs" p={0} m={0}>
            {requests.map((request) => (
              <RequestItem key={request.requestId} event={event} request={request} />
            ))}
          </Stack>
        </Stack>
      )}
      {onSale && isSignedIn && <RequestForm event={event} maxPerOrder={maxPerOrder} />}
    </Stack>
  );
}
