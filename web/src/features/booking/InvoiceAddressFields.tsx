import { Checkbox, Group, Stack, TextInput } from '@mantine/core';
import type { InvoiceAddressErrors, InvoiceAddressForm } from './invoice-address';

type Field = Exclude<keyof InvoiceAddressForm, 'wanted'>;
type FieldSpec = Readonly<{
  field: Field;
  label: string;
  maxLength: number;
  width: number;
  required?: boolean;
  autoComplete?: string;
  description?: string;
}>;

/** The address fields, row by row. */
const ROWS: readonly (readonly FieldSpec[])[] = [
  [
    { field: 'name', label: 'Name', maxLength: 100, width: 280, required: true, autoComplete: 'billing name' },
    { field: 'company', label: 'Company', maxLength: 100, width: 280, autoComplete: 'billing organization' },
  ],
  [
    {
      field: 'street',
      label: 'Street and number',
      maxLength: 200,
      width: 576,
      required: true,
      autoComplete: 'billing street-address',
    },
  ],
  [
    {
      field: 'postalCode',
      label: 'Postal code',
      maxLength: 20,
      width: 140,
      required: true,
      autoComplete: 'billing postal-code',
    },
    {
      field: 'city',
      label: 'City',
      maxLength: 100,
      width: 240,
      required: true,
      autoComplete: 'billing address-level2',
    },
    {
      field: 'country',
      label: 'Country code',
      maxLength: 2,
      width: 120,
      required: true,
      autoComplete: 'billing country',
      description: 'e.g. DE',
    },
  ],
  [{ field: 'vatId', label: 'VAT id', maxLength: 40, width: 240 }],
];

/** "Put a company or another address on my invoice" and, when ticked, the address fields (a free booking then gets an invoice too). */
export function InvoiceAddressFields({
  value,
  errors,
  onChange,
}: {
  value: InvoiceAddressForm;
  errors: InvoiceAddressErrors;
  onChange: (value: InvoiceAddressForm) => void;
}) {
  return (
    <Stack gap="sm">
      <Checkbox
        label="Put a company or another address on my invoice"
        checked={value.wanted}
        onChange={(e) => onChange({ ...value, wanted: e.currentTarget.checked })}
      />
      {value.wanted &&
        ROWS.map((row) => (
          <Group key={row[0]!.field} align="flex-start" wrap="wrap">
            {row.map(({ field, label, maxLength, width, required, autoComplete, description }) => (
              <TextInput
                key={field}
                label={label}
                value={value[field]}
                onChange={(e) => onChange({ ...value, [field]: e.currentTarget.value })}
                error={errors[field as keyof InvoiceAddressErrors]}
                maxLength={maxLength}
                required={required}
                autoComplete={autoComplete}
                description={description}
                w={width}
                maw="100%"
              />
            ))}
          </Group>
        ))}
    </Stack>
  );
}
