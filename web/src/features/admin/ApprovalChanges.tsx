import { Badge, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { adminEventKeys, fetchApprovalChanges } from './adminEvents.api';
import { type ChangeSide, describeChange, fieldLabel } from './describeChange';

function Side({ side }: { side: ChangeSide }) {
  return (
    <Stack gap={4}>
      {side.lines.map((line, i) => (
        <Text key={i} size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {line}
        </Text>
      ))}
      {side.added && side.added.length > 0 && (
        <Group gap={4}>
          <Text size="xs" c="dimmed">
            Added:
          </Text>
          {side.added.map((tag) => (
            <Badge key={tag} size="sm" color="green" variant="light">
              {tag}
            </Badge>
          ))}
        </Group>
      )}
      {side.removed && side.removed.length > 0 && (
        <Group gap={4}>
          <Text size="xs" c="dimmed">
            Removed:
          </Text>
          {side.removed.map((tag) => (
            <Badge key={tag} size="sm" color="red" variant="light">
              {tag}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}

/** For a submitted event: what changed since the last approved version, or that it is a first review. */
export function ApprovalChanges({ eventId, title }: { eventId: string; title: string }) {
  const review = useQuery({
    queryKey: adminEventKeys.changes(eventId),
    queryFn: ({ signal }) => fetchApprovalChanges(eventId, signal),
  });
  if (review.isPending) return <Skeleton height={48} aria-hidden="true" />;
  if (review.isError)
    return (
      <ProblemAlert error={review.error} title="Could not load the changes" onRetry={() => void review.refetch()} />
    );
  const { data } = review;
  if (data.firstReview) {
    return (
      <Text size="sm" c="dimmed">
        First review: no version of this event was approved before.
      </Text>
    );
  }
  if (data.changes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No changes since the approved version.
      </Text>
    );
  }
  const captionId = `changes-${eventId}`;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped withTableBorder verticalSpacing="xs" aria-labelledby={captionId}>
        <Table.Caption id={captionId} style={{ captionSide: 'top', textAlign: 'left' }}>
          {`Changes to “${title}” since the approved version`}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Field</Table.Th>
            <Table.Th scope="col">Approved</Table.Th>
            <Table.Th scope="col">Now</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.changes.map((change) => {
            const { before, after } = describeChange(change, data.timeZone);
            return (
              <Table.Tr key={change.field}>
                <Table.Th scope="row" fw={600}>
                  {fieldLabel(change.field)}
                </Table.Th>
                <Table.Td>
                  <Side side={before} />
                </Table.Td>
                <Table.Td>
                  <Side side={after} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
