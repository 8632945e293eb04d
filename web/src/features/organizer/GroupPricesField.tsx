import { Button, CloseButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { GROUP_PRICE_LIMITS, type GroupPriceValues, newGroupPrice } from './groupPrices';
import type { EventFormState } from './useEventForm';

/** Group prices: "from N tickets, P % off each" (the checkout applies the best one a booking reaches). */
export function GroupPricesField({ form, disabled }: { form: EventFormState; disabled?: boolean }) {
  const { values, set, touch, errorFor } = form;
  const rows = values.groupPrices;
  const update = (index: number, change: Partial<GroupPriceValues>) =>
    set(
      'groupPrices',
      rows.map((row, i) => (i === index ? { ...row, ...change } : row)),
    );
  const listError = errorFor('groupPrices');
  return (
    <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <Text component="legend" fw={600} size="sm" mb="xs">
        Group prices
      </Text>
      <Text size="sm" c="dimmed">
        A booking of at least this many tickets gets this much off each ticket; the best price it reaches applies,
        before any promo code.
      </Text>
      {rows.map((row, i) => (
        <Group key={row.key} role="group" aria-label={`Group price ${i + 1}`} align="flex-start" gap="sm" wrap="nowrap">
          <TextInput
            label="From tickets"
            inputMode="numeric"
            placeholder="10"
            value={row.minTickets}
            onChange={(e) => update(i, { minTickets: e.currentTarget.value })}
            onBlur={() => touch(`groupPrices[${i}].minTickets`)}
            error={errorFor(`groupPrices[${i}].minTickets`)}
            disabled={disabled}
            style={{ flex: '1 1 50%', minWidth: 0 }}
          />
          <TextInput
            label="Percent off"
            inputMode="numeric"
            placeholder="15"
            rightSection={
              <Text size="xs" c="dimmed" aria-hidden="true">
                %
              </Text>
            }
            value={row.percentOff}
            onChange={(e) => update(i, { percentOff: e.currentTarget.value })}
            onBlur={() => touch(`groupPrices[${i}].percentOff`)}
            error={errorFor(`groupPrices[${i}].percentOff`)}
            disabled={disabled}
            style={{ flex: '1 1 50%', minWidth: 0 }}
          />
          <CloseButton
            mt={28}
            aria-label={`Remove group price ${i + 1}`}
            onClick={() =>
              set(
                'groupPrices',
                rows.filter((_, j) => j !== i),
              )
            }
            disabled={disabled}
          />
        </Group>
      ))}
      {listError && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {listError}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          onClick={() => set('groupPrices', [...rows, newGroupPrice()])}
          disabled={disabled || rows.length >= GROUP_PRICE_LIMITS.rules}
        >
          Add group price
        </Button>
      </Group>
    </Stack>
  );
}
