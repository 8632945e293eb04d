import { NativeSelect, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { timeZoneOptions } from './datetime';
import { MAX_CAPACITY } from './eventValidation';
import type { EventFormValues } from './eventForm';
import type { EventFormState } from './useEventForm';

type TextField = 'startsAt' | 'endsAt' | 'venueName' | 'venueCity' | 'venueCountry' | 'venueAddress';

export function EventWhenWhereFields({ form, disabled }: { form: EventFormState; disabled?: boolean }) {
  const { values, set, touch, errorFor } = form;
  const zones = useMemo(timeZoneOptions, []);
  const text = (field: TextField, key: string) => ({
    value: values[field],
    onChange: (e: { currentTarget: { value: string } }) =>
      set(field, field === 'venueCountry' ? e.currentTarget.value.toUpperCase() : e.currentTarget.value),
    onBlur: () => touch(key),
    error: errorFor(key),
    disabled,
  });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput label="Starts at" type="datetime-local" required {...text('startsAt', 'startsAt')} />
      <TextInput label="Ends at" type="datetime-local" {...text('endsAt', 'endsAt')} />
      <NativeSelect
        label="Time zone"
        description="Times are entered in your browser's zone; this is the zone shown to buyers."
        data={zones.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }))}
        value={values.timeZone}
        onChange={(e) => set('timeZone', e.currentTarget.value as EventFormValues['timeZone'])}
        error={errorFor('timeZone')}
        disabled={disabled}
      />
      <NumberInput
        label="Capacity (seats)"
        required
        min={1}
        max={MAX_CAPACITY}
        allowDecimal={false}
        allowNegative={false}
        value={values.capacity}
        onChange={(value) => set('capacity', value)}
        onBlur={() => touch('capacity')}
        error={errorFor('capacity')}
        disabled={disabled}
      />
      <TextInput label="Venue name" required maxLength={120} {...text('venueName', 'venue.name')} />
      <TextInput label="Venue city" required maxLength={80} {...text('venueCity', 'venue.city')} />
      <TextInput
        label="Venue country code"
        description="Two letters, e.g. DE, GB, US"
        required
        maxLength={2}
        autoCapitalize="characters"
        {...text('venueCountry', 'venue.country')}
      />
      <TextInput label="Venue address" maxLength={300} {...text('venueAddress', 'venue.address')} />
    </SimpleGrid>
  );
}
