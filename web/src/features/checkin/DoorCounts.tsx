import { Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { checkinKeys, fetchSummary } from './checkin.api';
import { timeOfDay } from './verdicts';

const POLL_MS = 3000;

/** Live counts (polled while online) and the double uses the server found. */
export function DoorCounts({ eventId, offline }: { eventId: string; offline: boolean }) {
  const summary = useQuery({
    queryKey: checkinKeys.summary(eventId),
    queryFn: ({ signal }) => fetchSummary(eventId, signal),
    refetchInterval: offline ? false : POLL_MS,
  });
  if (summary.isError) return <ProblemAlert error={summary.error} title="Could not load the counts" />;
  const data = summary.data;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          Counts
        </Title>
        <Text aria-live="polite" fw={700}>
          {data ? `${data.checkedIn} of ${data.valid} checked in` : 'Loading counts…'}
        </Text>
        {data && (
          <Group gap="lg">
            {data.bySection.map((section) => (
              <Text key={section.sectionId ?? '-'} size="sm">
                {section.sectionName}: {section.checkedIn} / {section.valid}
              </Text>
            ))}
            {data.byGate.map((gate) => (
              <Text key={gate.gate} size="sm" c="dimmed">
                {gate.gate}: {gate.checkedIn}
              </Text>
            ))}
          </Group>
        )}
        {data && data.doubleUses.length > 0 && (
          <>
            <Title order={3} size="h5">
              Double uses ({data.doubleUses.length})
            </Title>
            <List size="sm">
              {data.doubleUses.map((use) => (
                <List.Item key={`${use.ticketId}-${use.second.at}-${use.recordedAt}`}>
                  {use.bookingNumber} · {use.attendeeName} · {use.seatLabel}: first at {timeOfDay(use.first.at)} (
                  {use.first.gate}), again at {timeOfDay(use.second.at)} ({use.second.gate})
                  {use.admitted ? ' — both admitted (offline)' : ' — refused'}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Paper>
  );
}
