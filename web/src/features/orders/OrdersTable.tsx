import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime, formatMoney } from '../../lib/format';
import { STATUS_LABELS } from './orders-filter';
import type { Order } from './orders.types';
import { CancelOrderButton } from './CancelOrderButton';
import { ResendTicketsButton } from './ResendTicketsButton';

const STATUS_COLORS = { 'pending-payment': 'yellow', confirmed: 'green', expired: 'gray', cancelled: 'red' } as const;

/**
 * Orders with their buyer, tickets (attendee and seat each), total and status; "Resend tickets" on
 * confirmed ones. `showEvent` (the admin's list): the event's title, and the number links to the booking.
 */
export function OrdersTable({
  orders,
  caption,
  showEvent = false,
}: {
  orders: Order[];
  caption: string;
  showEvent?: boolean;
}) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Booking</Table.Th>
            {showEvent && <Table.Th scope="col">Event</Table.Th>}
            <Table.Th scope="col">Buyer</Table.Th>
            <Table.Th scope="col">Tickets</Table.Th>
            <Table.Th scope="col">Total</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orders.map((order) => (
            <Table.Tr key={order.bookingId}>
              <Table.Th scope="row" fw={400}>
                {showEvent ? (
                  // Admins open any booking; an organizer's orders have no booking page of theirs.
                  <Anchor
                    component={Link}
                    to={`/bookings/${encodeURIComponent(order.bookingId)}`}
                    fw={600}
                    size="sm"
                    id={`order-${order.bookingId}`}
                  >
                    {order.bookingNumber}
                  </Anchor>
                ) : (
                  <Text fw={600} size="sm" id={`order-${order.bookingId}`}>
                    {order.bookingNumber}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  <time dateTime={order.placedAt}>{formatDateTime(order.placedAt)}</time>
                </Text>
              </Table.Th>
              {showEvent && (
                <Table.Td>
                  <Text size="sm">{order.eventTitle || order.eventId}</Text>
                </Table.Td>
              )}
              <Table.Td>
                <Text size="sm">{order.buyerName}</Text>
                <Text size="xs" c="dimmed">
                  {order.buyerEmail}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                  {order.tickets.map((ticket) => (
                    <Text key={ticket.ticketId} size="xs" component="li">
                      {ticket.attendeeName} · {ticket.seatLabel} · {ticket.tierName}
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatMoney(order.total.amount, order.total.currency)}</Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" size="sm" color={STATUS_COLORS[order.status]}>
                  {STATUS_LABELS[order.status]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <ResendTicketsButton order={order} />
                <CancelOrderButton order={order} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
