import { useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { EventDetail, EventStatus } from '../catalog';
import { EventBasicsFields } from './EventBasicsFields';
import { EventSalesFields } from './EventSalesFields';
import { GroupPricesField } from './GroupPricesField';
import { EventWhenWhereFields } from './EventWhenWhereFields';
import { changedFields, emptyEventForm, formFromEvent, toEventInput } from './eventForm';
import type { CommandResult, EventChanges } from './organizer.api';
import { PriceTiersField } from './PriceTiersField';
import { SaveStatus } from './SaveStatus';
import { useAutosave } from './useAutosave';
import { useCreateEvent, usePatchEvent } from './useEventCommands';
import { useEventForm, type EventFormState } from './useEventForm';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }} radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Fields({ form, disabled }: { form: EventFormState; disabled: boolean }) {
  return (
    <>
      <Section id="basics-heading" title="Basics">
        <EventBasicsFields form={form} disabled={disabled} />
      </Section>
      <Section id="where-heading" title="When and where">
        <EventWhenWhereFields form={form} disabled={disabled} />
      </Section>
      <Section id="tickets-heading" title="Tickets">
        <Stack gap="lg">
          <PriceTiersField form={form} disabled={disabled} />
          <EventSalesFields form={form} disabled={disabled} />
          <GroupPricesField form={form} disabled={disabled} />
        </Stack>
      </Section>
    </>
  );
}

function GeneralProblem({ form, error, title }: { form: EventFormState; error: unknown; title: string }) {
  if (!error || (form.otherErrors.length === 0 && Object.keys(form.serverErrors).length > 0)) return null;
  return <ProblemAlert error={error} title={title} fieldErrors={form.otherErrors} />;
}

export function CreateEventForm({ onCreated }: { onCreated: (result: CommandResult, title: string) => void }) {
  const form = useEventForm(emptyEventForm());
  const create = useCreateEvent();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearProblem();
    if (!form.check()) return;
    create.mutate(toEventInput(form.values), {
      onSuccess: (result) => onCreated(result, form.values.title.trim()),
      onError: form.showProblem,
    });
  };
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate aria-label="New event">
      <Stack gap="lg">
        <Fields form={form} disabled={create.isPending} />
        <GeneralProblem form={form} error={create.error} title="Could not create the event" />
        <Group>
          <Button type="submit" loading={create.isPending}>
            Create event
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function EditEventForm({ event }: { event: EventDetail }) {
  const form = useEventForm(formFromEvent(event));
  const [baseline, setBaseline] = useState(() => toEventInput(formFromEvent(event)));
  const [status, setStatus] = useState<EventStatus>(event.status);
  const [notice, setNotice] = useState<string | null>(null);
  const patch = usePatchEvent(event.id);

  const save = async (changes: EventChanges) => {
    try {
      const result = await patch.mutateAsync(changes);
      setBaseline((b) => ({ ...b, ...changes }));
      if (result.status) setStatus(result.status);
      form.clearProblem();
    } catch (error) {
      form.showProblem(error);
      throw error;
    }
  };
  const autosave = useAutosave({ enabled: status === 'draft', values: form.values, baseline, save });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    if (!form.check()) return;
    const changes = changedFields(baseline, toEventInput(form.values));
    if (Object.keys(changes).length === 0) return setNotice('Nothing to save: no changes.');
    save(changes).then(
      () => setNotice('Saved.'),
      () => undefined,
    );
  };

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate aria-label={`Edit ${event.title}`}>
      <Stack gap="lg">
        {status === 'draft' ? (
          <SaveStatus state={autosave} />
        ) : (
          <Alert color="yellow" variant="light" title="Saving returns this event to draft">
            It is {status === 'approved' ? 'approved' : 'rejected'}; after a change it must be submitted for approval
            again.
          </Alert>
        )}
        <Fields form={form} disabled={false} />
        <GeneralProblem form={form} error={patch.error} title="Could not save the event" />
        <Group>
          <Button type="submit" loading={patch.isPending} variant={status === 'draft' ? 'default' : 'filled'}>
            Save changes
          </Button>
          <Text size="sm" role="status">
            {notice}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
