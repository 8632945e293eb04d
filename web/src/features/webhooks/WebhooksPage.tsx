import { Anchor, Code, Container, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RequireSignIn } from '../auth';
import { EndpointCard } from './EndpointCard';
import { NewEndpointForm } from './NewEndpointForm';
import { fetchWebhookEndpoints, webhookKeys } from './webhooks.api';

function Endpoints() {
  const endpoints = useQuery({
    queryKey: webhookKeys.endpoints,
    queryFn: ({ signal }) => fetchWebhookEndpoints(signal),
  });
  if (endpoints.isPending) return <Skeleton height={120} aria-label="Loading your endpoints" />;
  if (endpoints.isError)
    return (
      <ProblemAlert
        error={endpoints.error}
        title="Could not load your endpoints"
        onRetry={() => void endpoints.refetch()}
      />
    );
  return (
    <Stack gap="lg">
      <NewEndpointForm eventTypes={endpoints.data.eventTypes} />
      <Stack gap="md" component="section" aria-labelledby="my-endpoints">
        <Title order={2} size="h4" id="my-endpoints">
          My endpoints
        </Title>
        {endpoints.data.items.length === 0 ? (
          <Text>No endpoints yet.</Text>
        ) : (
          endpoints.data.items.map((endpoint) => <EndpointCard key={endpoint.endpointId} endpoint={endpoint} />)
        )}
      </Stack>
    </Stack>
  );
}

/** `/organizer/webhooks`: the organizer's endpoints, a form for a new one, and each one's delivery log. */
export function WebhooksPage() {
  return (
    <Container size="lg" px={0}>
      <title>Webhooks · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Webhooks</Title>
        <Text c="dimmed">
          Your systems hear of your events&apos; bookings and payments as they happen: we POST a signed JSON
          notification to each endpoint that asked for its type, retry for hours if it fails, and log every attempt.
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>
            Each request carries <Code>Booking-Signature: t=…,v1=…</Code>: an HMAC-SHA256 of <Code>t.body</Code> with
            the endpoint&apos;s secret. Check it, and refuse a <Code>t</Code> older than 5 minutes.
          </List.Item>
          <List.Item>
            The payload&apos;s <Code>id</Code> is the same on every retry: use it to ignore repeats. See the{' '}
            <Anchor href="/api/docs" target="_blank">
              API reference
            </Anchor>
            .
          </List.Item>
        </List>
        <RequireSignIn action="manage webhooks" roles={['organizer']}>
          <Endpoints />
        </RequireSignIn>
      </Stack>
    </Container>
  );
}
