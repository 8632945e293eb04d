import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { isProblem } from '../../lib/api';
import { SecretOnce } from './SecretOnce';
import { eventTypeLabel, urlProblem } from './webhook-labels';
import { registerWebhookEndpoint, webhookKeys } from './webhooks.api';
import type { WebhookEndpointCreated } from './webhooks.types';

/** URL and event types; the answer's secret is shown once below the form. */
export function NewEndpointForm({ eventTypes }: { eventTypes: string[] }) {
  const queryClient = useQueryClient();
  const [url, setUrl] = useState('');
  const [types, setTypes] = useState<string[]>(['booking.confirmed']);
  const [errors, setErrors] = useState<{ url?: string; types?: string }>({});
  const [created, setCreated] = useState<WebhookEndpointCreated | null>(null);
  const register = useMutation({
    mutationFn: registerWebhookEndpoint,
    onSuccess: (endpoint) => {
      setCreated(endpoint);
      setUrl('');
      void queryClient.invalidateQueries({ queryKey: webhookKeys.endpoints });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = {
      url: urlProblem(url),
      types: types.length === 0 ? 'Choose at least one event type' : undefined,
    };
    setErrors(found);
    if (found.url || found.types) return;
    setCreated(null);
    register.mutate({ url: url.trim(), eventTypes: types });
  };
  const serverError = isProblem(register.error) ? register.error.fieldMessage('url') : undefined;

  return (
    <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} noValidate aria-labelledby="new-endpoint">
      <Stack gap="sm">
        <Title order={2} size="h4" id="new-endpoint">
          Add an endpoint
        </Title>
        <TextInput
          label="Endpoint URL"
          description="https:// (http://localhost works while developing); we POST signed JSON to it"
          placeholder="https://hooks.example.com/booking"
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          error={errors.url ?? serverError}
          maxLength={2048}
          required
        />
        <Checkbox.Group label="Send these events" value={types} onChange={setTypes} error={errors.types} required>
          <Group mt="xs" gap="md">
            {eventTypes.map((type) => (
              <Checkbox key={type} value={type} label={eventTypeLabel(type)} />
            ))}
          </Group>
        </Checkbox.Group>
        <div>
          <Button type="submit" loading={register.isPending}>
            Add endpoint
          </Button>
        </div>
        {register.isError && <ProblemAlert error={register.error} title="Could not add the endpoint" />}
        {created && <SecretOnce secret={created.secret} url={created.url} onDismiss={() => setCreated(null)} />}
      </Stack>
    </Paper>
  );
}
