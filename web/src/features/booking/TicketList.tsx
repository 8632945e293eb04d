import type { ReactNode } from 'react';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { formatMoney } from '../../lib/format';
import { ticketPlace, ticketRef } from './booking-status';
import type { BookedTicket, Money } from './booking.types';

type Props = {
  tickets: BookedTicket[];
  total: Money;
  heading: string;
  /** Something to offer per valid ticket (transfer, reissue, cancel). */
  actionFor?: (ticket: BookedTicket) => ReactNode;
};

/**
 * The booking's places as the server priced them, one card each (readable at 320 px), and the
 * server's total. A cancelled ticket says so, with its reason.
 */
export function TicketList({ tickets, total, heading, actionFor }: Props) {
  return (
    <Stack gap="xs" component="section" aria-labelledby="tickets-heading">
      <Title order={2} size="h3" id="tickets-heading">
        {heading}
      </Title>
      <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }} data-testid="tickets">
        {tickets.map((ticket) => (
          <Paper component="li" key={ticket.ticketId} withBorder p="sm" radius="md">
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <Stack gap={2}>
                <Text fw={600}>{ticketPlace(ticket)}</Text>
                <Text size="sm">
                  {ticket.tierName}
                  {ticket.attendeeName ? ` · ${ticket.attendeeName}` : ''}
                </Text>
                <Text size="xs" c="dimmed">
                  Ticket <span title={ticket.ticketId}>{ticketRef(ticket.ticketId)}</span>
                </Text>
                {ticket.holderEmail && !ticket.cancelledAt && (
                  <Text size="sm" data-testid="ticket-holder">
                    <Badge color="blue" variant="light" mr={6}>
                      Transferred
                    </Badge>
                    to {ticket.attendeeName} ({ticket.holderEmail})
                  </Text>
                )}
                {ticket.reissuedAt && !ticket.cancelledAt && (
                  <Text size="sm">
                    <Badge color="gray" variant="light">
                      Reissued
                    </Badge>
                  </Text>
                )}
                {ticket.cancelledAt && (
                  <Text size="sm">
                    <Badge color="red" variant="light" mr={6}>
                      Cancelled
                    </Badge>
                    {ticket.cancellationReason}
                  </Text>
                )}
              </Stack>
              <Stack gap={4} align="flex-end">
                <Text fw={600} td={ticket.cancelledAt ? 'line-through' : undefined}>
                  {formatMoney(ticket.price.amount, ticket.price.currency)}
                </Text>
                {!ticket.cancelledAt && actionFor && <Group gap={6}>{actionFor(ticket)}</Group>}
              </Stack>
            </Group>
          </Paper>
        ))}
      </Stack>
      <Group justify="space-between" px="sm">
        <Text fw={700}>Total</Text>
        <Text fw={700} data-testid="booking-total">
          {formatMoney(total.amount, total.currency)}
        </Text>
      </Group>
    </Stack>
  );
}
