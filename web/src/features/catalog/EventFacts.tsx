import { List, Stack, Table, Text, Title } from '@mantine/core';
import { formatInZone, formatMoney } from '../../lib/format';
import type { EventDetail } from './catalog.types';
import { refundPolicyLabel } from './eventStatus';

/** Prices, order limit, sales window and refund policy (each only when the event has it). */
export function EventFacts({ event }: { event: EventDetail }) {
  const tiers = event.priceTiers ?? [];
  const hasFacts =
    tiers.length > 0 || event.salesWindow || event.maxTicketsPerOrder || event.maxTicketsPerBuyer || event.refundPolicy;
  if (!hasFacts) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="tickets-heading">
      <Title order={2} size="h3" id="tickets-heading">
        Tickets
      </Title>
      {tiers.length > 0 && (
        <Table withTableBorder maw={420} verticalSpacing="xs">
          <Table.Caption>Prices</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Tier</Table.Th>
              <Table.Th scope="col" ta="right">
                Price
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tiers.map((tier) => (
              <Table.Tr key={tier.id}>
                {/* Only the organizer and admins get hidden tiers here (buyers see them through an access code). */}
                <Table.Td>{tier.hidden ? `${tier.name} (hidden: access codes only)` : tier.name}</Table.Td>
                <Table.Td ta="right">{formatMoney(tier.price.amount, tier.price.currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <List spacing={4} size="sm">
        {event.salesWindow && (
          <List.Item>
            Sales open {formatInZone(event.salesWindow.opensAt, event.timeZone)} and close{' '}
            {formatInZone(event.salesWindow.closesAt, event.timeZone)}.
          </List.Item>
        )}
        {event.maxTicketsPerOrder !== undefined && (
          <List.Item>At most {event.maxTicketsPerOrder} tickets per order.</List.Item>
        )}
        {event.maxTicketsPerBuyer !== undefined && (
          <List.Item>At most {event.maxTicketsPerBuyer} tickets per buyer, over all orders.</List.Item>
        )}
        {event.refundPolicy && <List.Item>{refundPolicyLabel(event.refundPolicy)}.</List.Item>}
      </List>
      {tiers.length === 0 && event.priceMin !== undefined && event.currency && (
        <Text size="sm">From {formatMoney(event.priceMin, event.currency)}</Text>
      )}
    </Stack>
  );
}
