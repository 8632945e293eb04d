import { useRef, useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { ProblemAlert } from '../../components/ProblemAlert';
import { isProblem } from '../../lib/api';
import { categoryOptions } from '../catalog';
import {
  emptyEventForm,
  localDateTimeNow,
  mapServerErrors,
  MAX_CAPACITY,
  toCreateEventRequest,
  validateEventForm,
  type EventFormErrors,
  type EventFormField,
  type EventFormValues,
} from './eventForm';
import { useCreateEvent } from './useOrganizerMutations';

export type CreatedEvent = { eventId: string; title: string; position: string | undefined };

export function CreateEventForm({ onCreated }: { onCreated: (event: CreatedEvent) => void }) {
  const [values, setValues] = useState<EventFormValues>(emptyEventForm);
  const [errors, setErrors] = useState<EventFormErrors>({});
  const [touched, setTouched] = useState<Partial<Record<EventFormField, boolean>>>({});
  const create = useCreateEvent();
  const formRef = useRef<HTMLFormElement>(null);
  const unmatched = isProblem(create.error) ? mapServerErrors(create.error.errors).other : [];

  const set = (field: EventFormField, value: string | number) => {
    const next = { ...values, [field]: value };
    setValues(next);
    // Re-check a field the user already left, so its message disappears as soon as it is fixed.
    if (touched[field] || errors[field]) setErrors((prev) => ({ ...prev, [field]: validateEventForm(next)[field] }));
  };

  const blur = (field: EventFormField) => {
    setTouched((prev) => ({ ...prev, [field]: true }));
    setErrors((prev) => ({ ...prev, [field]: validateEventForm(values)[field] }));
  };

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = validateEventForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstInvalid();
    const title = values.title.trim();
    create.mutate(toCreateEventRequest(values), {
      onSuccess: ({ eventId, position }) => {
        onCreated({ eventId, title, position });
        setValues(emptyEventForm);
        setTouched({});
        setErrors({});
      },
      onError: (error) => {
        if (isProblem(error)) setErrors(mapServerErrors(error.errors).byField);
        focusFirstInvalid();
      },
    });
  };

  const field = (name: EventFormField) => ({
    error: errors[name],
    onBlur: () => blur(name),
    disabled: create.isPending,
  });
  const text = (name: Exclude<EventFormField, 'capacity'>) => ({
    ...field(name),
    value: values[name],
    onChange: (e: { currentTarget: { value: string } }) =>
      set(name, name === 'venueCountry' ? e.currentTarget.value.toUpperCase() : e.currentTarget.value),
  });

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label="Create an event">
      <Stack gap="md">
        <TextInput label="Title" required maxLength={200} {...text('title')} />
        <Textarea label="Description" autosize minRows={3} maxRows={10} {...text('description')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label="Category"
            required
            data={[{ value: '', label: 'Choose a category', disabled: true }, ...categoryOptions]}
            {...text('category')}
          />
          <TextInput label="Starts at" type="datetime-local" required min={localDateTimeNow()} {...text('startsAt')} />
          <TextInput label="Venue name" required {...text('venueName')} />
          <TextInput label="Venue city" required {...text('venueCity')} />
          <TextInput
            label="Venue country code"
            description="Two letters, e.g. GB, DE, US"
            required
            maxLength={2}
            autoCapitalize="characters"
            {...text('venueCountry')}
          />
          <NumberInput
            label="Capacity (seats)"
            required
            min={1}
            max={MAX_CAPACITY}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=","
            value={values.capacity}
            onChange={(value) => set('capacity', value)}
            {...field('capacity')}
          />
        </SimpleGrid>
        {create.isError && (unmatched.length > 0 || !isProblem(create.error) || create.error.errors.length === 0) && (
          <ProblemAlert error={create.error} title="Could not create the event" fieldErrors={unmatched} />
        )}
        <Group>
          <Button type="submit" loading={create.isPending}>
            Create draft
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
