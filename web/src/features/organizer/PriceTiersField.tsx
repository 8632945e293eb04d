import { Button, Checkbox, CloseButton, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { CURRENCIES } from './money';
import { newTier, type TierValues } from './eventForm';
import type { EventFormState } from './useEventForm';

const MAX_TIERS = 20;

/** Named prices in one currency; typed in major units ("25.50"), sent as integer minor units. */
export function PriceTiersField({ form, disabled }: { form: EventFormState; disabled?: boolean }) {
  const { values, set, touch, errorFor } = form;
  const tiers = values.tiers;
  const update = (index: number, change: Partial<TierValues>) =>
    set(
      'tiers',
      tiers.map((tier, i) => (i === index ? { ...tier, ...change } : tier)),
    );
  const groupError = errorFor('priceTiers');

  return (
    <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <Text component="legend" fw={600} size="sm" mb="xs">
        Price tiers
      </Text>
      <NativeSelect
        label="Currency"
        data={[...CURRENCIES]}
        value={values.currency}
        onChange={(e) => set('currency', e.currentTarget.value)}
        error={errorFor('currency')}
        disabled={disabled}
        maw={200}
      />
      {tiers.map((tier, i) => (
        <Group key={tier.key} role="group" aria-label={`Price tier ${i + 1}`} align="flex-start" gap="sm" wrap="nowrap">
          <TextInput
            label="Price tier name"
            placeholder="e.g. Standard"
            maxLength={60}
            value={tier.name}
            onChange={(e) => update(i, { name: e.currentTarget.value })}
            onBlur={() => touch(`priceTiers[${i}].name`)}
            error={errorFor(`priceTiers[${i}].name`)}
            disabled={disabled}
            style={{ flex: '1 1 60%', minWidth: 0 }}
          />
          <TextInput
            label="Price"
            inputMode="decimal"
            placeholder="25.00"
            rightSection={
              <Text size="xs" c="dimmed" aria-hidden="true">
                {values.currency}
              </Text>
            }
            rightSectionWidth={44}
            value={tier.price}
            onChange={(e) => update(i, { price: e.currentTarget.value })}
            onBlur={() => touch(`priceTiers[${i}].price.amount`)}
            error={errorFor(`priceTiers[${i}].price.amount`)}
            disabled={disabled}
            style={{ flex: '1 1 40%', minWidth: 0 }}
          />
          <Checkbox
            mt={34}
            label="Hidden"
            description="Access codes only"
            checked={tier.hidden ?? false}
            onChange={(e) => update(i, { hidden: e.currentTarget.checked })}
            disabled={disabled}
          />
          <CloseButton
            mt={28}
            aria-label={`Remove price tier ${i + 1}${tier.name ? ` (${tier.name})` : ''}`}
            onClick={() =>
              set(
                'tiers',
                tiers.filter((_, j) => j !== i),
              )
            }
            disabled={disabled}
          />
        </Group>
      ))}
      {groupError && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {groupError}
        </Text>
      )}
      <div>
        <Button
          variant="default"
          size="xs"
          onClick={() => set('tiers', [...tiers, newTier()])}
          disabled={disabled || tiers.length >= MAX_TIERS}
        >
          Add price tier
        </Button>
      </div>
    </Stack>
  );
}
