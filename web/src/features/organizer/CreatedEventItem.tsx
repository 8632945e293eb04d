import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { CreatedEvent } from './CreateEventForm';
import { usePublishEvent } from './useOrganizerMutations';

export function CreatedEventItem({ event }: { event: CreatedEvent }) {
  const publish = usePublishEvent();
  const published = publish.isSuccess;
  // Link with the latest position we wrote, so the event page waits for it (read-your-writes).
  const position = publish.data?.position ?? event.position;

  return (
    <Paper component="li" withBorder p="md" radius="md" style={{ listStyle: 'none' }}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Stack gap={2}>
            <Text fw={700}>{event.title}</Text>
            <Group gap="xs">
              <Badge color={published ? 'green' : 'gray'} variant={published ? 'filled' : 'outline'}>
                {published ? 'Published' : 'Draft'}
              </Badge>
              <Anchor
                component={Link}
                to={`/events/${encodeURIComponent(event.eventId)}`}
                state={{ minPosition: position }}
                size="sm"
                aria-label={`${published ? 'View event' : 'Preview'}: ${event.title}`}
              >
                {published ? 'View event' : 'Preview'}
              </Anchor>
            </Group>
          </Stack>
          {!published && (
            <Button
              onClick={() => publish.mutate(event.eventId)}
              loading={publish.isPending}
              aria-label={`Publish ${event.title}`}
            >
              Publish
            </Button>
          )}
        </Group>
        {publish.isError && <ProblemAlert error={publish.error} title="Could not publish" />}
      </Stack>
    </Paper>
  );
}
