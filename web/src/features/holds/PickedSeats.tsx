import { Button, Group, Stack, Text } from '@mantine/core';
import { formatMoney } from '../../lib/format';
import type { HoldSeatingChoice } from './holds.types';

type Picked = HoldSeatingChoice['picked'];

/** The sum in integer minor units, or null when a price is unknown or currencies differ. */
export function pickedTotal(picked: Picked): string | null {
  const currency = picked[0]?.price?.currency;
  if (!currency) return null;
  let amount = 0;
  for (const p of picked) {
    if (!p.price || p.price.currency !== currency) return null;
    amount += p.price.amount;
  }
  return formatMoney(amount, currency);
}

/** "2 seats picked · Total €51.00", announced as it changes, then the seats themselves. */
export function PickedSeats({ picked, onClear }: { picked: Picked; onClear: () => void }) {
  const total = pickedTotal(picked);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} id="picked-heading" role="status" aria-live="polite" data-testid="picked-summary">
        {picked.length === 0
          ? 'No seats picked yet: click free seats on the map.'
          : `${picked.length} ${picked.length === 1 ? 'seat' : 'seats'} picked${total ? ` · Total ${total}` : ''}`}
      </Text>
      {picked.length > 0 && (
        <Group gap="xs">
          <Text size="sm" component="ul" m={0} pl="md" aria-labelledby="picked-heading" data-testid="picked-seats">
            {picked.map((p) => (
              <li key={p.id}>
                {p.label}
                {p.price ? ` · ${formatMoney(p.price.amount, p.price.currency)}` : ''}
              </li>
            ))}
          </Text>
          <Button size="xs" variant="subtle" onClick={onClear}>
            Clear
          </Button>
        </Group>
      )}
    </Stack>
  );
}
