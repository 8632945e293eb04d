import { TextInput } from '@mantine/core';
import { TEST_CARD_HINT } from './booking-status';

type Props = {
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  disabled?: boolean;
};

/** The test-mode provider's card field, with its test cards hinted (the checkout, and adding a card to the wallet). */
export function TestCardNumberInput({ value, onChange, error, disabled }: Props) {
  return (
    <TextInput
      label="Card number"
      description={TEST_CARD_HINT}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      inputMode="numeric"
      autoComplete="cc-number"
      maxLength={23}
      error={error}
      disabled={disabled}
      maw={360}
    />
  );
}
