import { useState } from 'react';
import { Alert, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { SignInPrompt, useSession } from '../auth';
import { CreateEventForm, type CreatedEvent } from './CreateEventForm';
import { CreatedEventItem } from './CreatedEventItem';

function OrganizerTools() {
  const [created, setCreated] = useState<CreatedEvent[]>([]);
  return (
    <Stack gap="xl">
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby="create-heading">
        <Title order={2} size="h3" id="create-heading" mb="md">
          Create an event
        </Title>
        <CreateEventForm onCreated={(event) => setCreated((list) => [event, ...list])} />
      </Paper>
      {created.length > 0 && (
        <section aria-labelledby="created-heading">
          <Title order={2} size="h3" id="created-heading" mb="sm">
            Created in this session
          </Title>
          <Stack component="ul" gap="sm" p={0} m={0}>
            {created.map((event) => (
              <CreatedEventItem key={event.eventId} event={event} />
            ))}
          </Stack>
        </section>
      )}
    </Stack>
  );
}

export function OrganizerPage() {
  const { isSignedIn, hasRole } = useSession();
  return (
    <Container size="md" px={0}>
      <title>Organizer · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Organizer</Title>
        <Text c="dimmed">Draft an event, then publish it to the catalog.</Text>
        {!isSignedIn ? (
          <SignInPrompt action="create events (as organizer)" />
        ) : !hasRole('organizer', 'admin') ? (
          <Alert color="yellow" variant="light" title="Organizer role needed">
            Your account cannot create events. Switch to the organizer persona in the account menu.
          </Alert>
        ) : (
          <OrganizerTools />
        )}
      </Stack>
    </Container>
  );
}
