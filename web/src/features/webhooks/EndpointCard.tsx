import { useState } from 'react';
import { Badge, Button, Collapse, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../lib/format';
import { DeliveryLog } from './DeliveryLog';
import { SecretOnce } from './SecretOnce';
import { eventTypeLabel } from './webhook-labels';
import { changeWebhookEndpoint, deleteWebhookEndpoint, rotateWebhookSecret, webhookKeys } from './webhooks.api';
import type { WebhookEndpoint } from './webhooks.types';

/** One endpoint: its URL and types, the on/off switch, rotate, delete (confirmed), and its delivery log. */
export function EndpointCard({ endpoint }: { endpoint: WebhookEndpoint }) {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: webhookKeys.endpoints });
  const [showLog, setShowLog] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const toggle = useMutation({
    mutationFn: (enabled: boolean) => changeWebhookEndpoint(endpoint.endpointId, { enabled }),
    onSettled: refresh,
  });
  const rotate = useMutation({
    mutationFn: () => rotateWebhookSecret(endpoint.endpointId),
    onSuccess: (answer) => setSecret(answer.secret),
    onSettled: refresh,
  });
  const remove = useMutation({ mutationFn: () => deleteWebhookEndpoint(endpoint.endpointId), onSuccess: refresh });
  const headingId = `endpoint-${endpoint.endpointId}`;
  const enabled = toggle.isPending && toggle.variables !== undefined ? toggle.variables : endpoint.enabled;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" align="flex-start">
          <Stack gap={4}>
            <Title order={3} size="h5" id={headingId} style={{ wordBreak: 'break-all' }}>
              {endpoint.url}
            </Title>
            <Group gap={4}>
              {endpoint.eventTypes.map((type) => (
                <Badge key={type} variant="outline" size="sm">
                  {eventTypeLabel(type)}
                </Badge>
              ))}
            </Group>
            <Text size="xs" c="dimmed">
              Added {formatDateTime(endpoint.createdAt)}
              {endpoint.secretRotatedAt ? ` · secret rotated ${formatDateTime(endpoint.secretRotatedAt)}` : ''}
            </Text>
          </Stack>
          <Switch
            label={enabled ? 'Enabled' : 'Disabled'}
            checked={enabled}
            onChange={(e) => toggle.mutate(e.currentTarget.checked)}
            aria-label={`Send to ${endpoint.url}`}
          />
        </Group>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => setShowLog((v) => !v)} aria-expanded={showLog}>
            {showLog ? 'Hide delivery log' : 'Delivery log'}
          </Button>
          <Button size="xs" variant="default" loading={rotate.isPending} onClick={() => rotate.mutate()}>
            Rotate secret
          </Button>
          {confirmDelete ? (
            <>
              <Button size="xs" color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
                Confirm delete
              </Button>
              <Button size="xs" variant="subtle" onClick={() => setConfirmDelete(false)}>
                Keep it
              </Button>
            </>
          ) : (
            <Button size="xs" variant="default" color="red" onClick={() => setConfirmDelete(true)}>
              Delete
            </Button>
          )}
        </Group>
        {toggle.isError && <ProblemAlert error={toggle.error} title="Could not change the endpoint" />}
        {rotate.isError && <ProblemAlert error={rotate.error} title="Could not rotate the secret" />}
        {remove.isError && <ProblemAlert error={remove.error} title="Could not delete the endpoint" />}
        {secret && <SecretOnce secret={secret} url={endpoint.url} onDismiss={() => setSecret(null)} />}
        <Collapse in={showLog}>
          {showLog && <DeliveryLog endpointId={endpoint.endpointId} url={endpoint.url} />}
        </Collapse>
      </Stack>
    </Paper>
  );
}
