import { Checkbox } from '@mantine/core';

/** "Save this card for later", under a new-card form (signed-in buyers only). */
export function SaveCardCheckbox({
  checked,
  onChange,
  disabled,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <Checkbox
      label="Save this card for later"
      description="Pay in one step next time. The payment provider keeps the card."
      checked={checked}
      onChange={(e) => onChange(e.currentTarget.checked)}
      disabled={disabled}
    />
  );
}
