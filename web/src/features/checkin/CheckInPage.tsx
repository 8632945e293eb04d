import { Alert, Button, Container, Group, List, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RequireSignIn } from '../auth';
import { DoorBanner } from './DoorBanner';
import { DoorCounts } from './DoorCounts';
import { DoorSearch } from './DoorSearch';
import { QrCamera } from './QrCamera';
import { useDoor } from './useDoor';
import { timeOfDay } from './verdicts';

function Door({ eventId }: { eventId: string }) {
  const door = useDoor(eventId);
  const conflicts = door.uploaded?.scans.filter((scan) => scan.status === 'double-use') ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <TextInput
          label="Gate"
          value={door.gate}
          onChange={(event) => door.setGate(event.currentTarget.value)}
          maxLength={60}
        />
        <Switch
          label="Work offline"
          checked={door.offline}
          onChange={(event) => door.setOffline(event.currentTarget.checked)}
          description={door.syncedAt ? `Keys and revocations synced at ${timeOfDay(door.syncedAt)}` : 'Not synced yet'}
        />
      </Group>
      <QrCamera onCode={(code) => void door.scan(code)} />
      <DoorBanner verdict={door.verdict} />
      {(door.queued > 0 || door.uploaded) && (
        <Alert color={conflicts.length > 0 ? 'orange' : 'blue'} variant="light" title="Offline scans">
          <Stack gap="xs">
            <Text size="sm">{door.queued} scans waiting for upload.</Text>
            {door.queued > 0 && !door.offline && (
              <Button size="xs" onClick={() => void door.upload()} w="fit-content">
                Upload now
              </Button>
            )}
            {door.uploaded && (
              <Text size="sm">
                Last upload: {door.uploaded.scans.length} scans, {conflicts.length} double uses.
              </Text>
            )}
            {conflicts.length > 0 && (
              <List size="sm">
                {conflicts.map((scan) => (
                  <List.Item key={scan.nonce}>
                    {scan.attendeeName} ({scan.bookingNumber}): also used at{' '}
                    {scan.firstUse ? `${timeOfDay(scan.firstUse.at)} at ${scan.firstUse.gate}` : 'another door'}
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        </Alert>
      )}
      {door.uploadError !== undefined && <ProblemAlert error={door.uploadError} title="Upload failed" />}
      <DoorCounts eventId={eventId} offline={door.offline} />
      <DoorSearch eventId={eventId} offline={door.offline} onCheckIn={door.checkInManually} />
    </Stack>
  );
}

/** The door of one event: its organizer's, an admin's or ops' (the API answers 404 to anyone else). */
export function CheckInPage() {
  const { eventId = '' } = useParams();
  return (
    <Container size="sm" py="md">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={1}>Check-in</Title>
          <Button component={Link} to="/organizer" variant="subtle">
            My events
          </Button>
        </Group>
        <RequireSignIn action="check tickets in" roles={['organizer', 'admin', 'ops']}>
          <Door eventId={eventId} />
        </RequireSignIn>
      </Stack>
    </Container>
  );
}
