import { useState } from 'react';
import { Button, Group, Paper, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { isProblem } from '../../lib/api';
import { formatMoney } from '../../lib/format';
import type { Money } from '../../lib/money';
import { quoteBooking } from './booking.api';
import { ticketPlace } from './booking-status';
import type { CheckoutHold } from './booking.types';

const money = (m: Money) => formatMoney(m.amount, m.currency);

/**
 * The order summary before booking: every place priced by the server (the quote asks the same
 * rule the checkout does), and a promo code field. `onApplied` tells the form which code to send.
 */
export function CheckoutSummary({
  eventId,
  holds,
  promoCode,
  onApplied,
}: {
  eventId: string;
  holds: CheckoutHold[];
  promoCode: string | undefined;
  onApplied: (code: string | undefined) => void;
}) {
  const [typed, setTyped] = useState(promoCode ?? '');
  const request = { eventId, holds: holds.map(({ holdId, sectionId, tierId }) => ({ holdId, sectionId, tierId })) };
  const quote = useQuery({
    queryKey: ['booking-quote', request, promoCode ?? null],
    queryFn: ({ signal }) => quoteBooking({ ...request, ...(promoCode ? { promoCode } : {}) }, signal),
    enabled: holds.length > 0,
    retry: false,
  });
  const check = useMutation({
    mutationFn: (code: string) => quoteBooking({ ...request, promoCode: code }),
    onSuccess: (_quote, code) => onApplied(code),
  });
  const apply = () => {
    const code = typed.trim();
    if (code) check.mutate(code);
  };
  const codeError = isProblem(check.error) ? (check.error.detail ?? check.error.message) : undefined;

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Text fw={600} component="h2" size="lg" m={0}>
          Order summary
        </Text>
        {holds.length === 0 ? (
          <Text size="sm">Choose at least one hold to see its price.</Text>
        ) : quote.isPending ? (
          <Skeleton height={80} aria-label="Pricing your tickets" />
        ) : quote.isError ? (
          <ProblemAlert error={quote.error} title="Could not price your tickets" onRetry={() => void quote.refetch()} />
        ) : (
          <Table aria-label="Order summary" verticalSpacing={4}>
            <Table.Tbody>
              {quote.data.tickets.map((ticket, i) => (
                <Table.Tr key={`${ticket.holdId}-${i}`}>
                  <Table.Td>
                    {ticket.seatId || ticket.sectionId ? ticketPlace(ticket) : `Place ${i + 1}`} · {ticket.tierName}
                  </Table.Td>
                  <Table.Td ta="right">
                    {ticket.discount || ticket.groupDiscount ? (
                      <>
                        <Text span td="line-through" c="dimmed" size="sm" mr="xs">
                          {money(ticket.listPrice)}
                        </Text>
                        {money(ticket.price)}
                      </>
                    ) : (
                      money(ticket.price)
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
              {quote.data.group && (
                <Table.Tr data-testid="group-discount">
                  <Table.Td>
                    Group price: {quote.data.group.percentOff} % off from {quote.data.group.minTickets} tickets
                  </Table.Td>
                  <Table.Td ta="right">−{money(quote.data.group.discount)}</Table.Td>
                </Table.Tr>
              )}
              {quote.data.promo && (
                <Table.Tr>
                  <Table.Td>Promo code {quote.data.promo.code}</Table.Td>
                  <Table.Td ta="right">−{money(quote.data.promo.discount)}</Table.Td>
                </Table.Tr>
              )}
              <Table.Tr>
                <Table.Td fw={700}>Total</Table.Td>
                <Table.Td ta="right" fw={700} data-testid="checkout-total">
                  {money(quote.data.total)}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}
        <Group align="flex-end" gap="xs">
          <TextInput
            label="Promo code"
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault(); // not the booking form's submit
                apply();
              }
            }}
            error={codeError}
            maxLength={40}
            autoComplete="off"
            maw={240}
          />
          <Button variant="default" onClick={apply} loading={check.isPending} disabled={!typed.trim()}>
            Apply
          </Button>
          {promoCode && (
            <Button
              variant="subtle"
              onClick={() => {
                setTyped('');
                check.reset();
                onApplied(undefined);
              }}
            >
              Remove code
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
