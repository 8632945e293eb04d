import { Badge, Button, Group, Table, Text } from '@mantine/core';
import type { AdminUser } from './admin.api';

/** The search results; "Manage" opens the user's drawer. */
export function UsersTable({ users, onManage }: { users: AdminUser[]; onManage: (user: AdminUser) => void }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>Accounts matching the search</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">User</Table.Th>
            <Table.Th scope="col">Roles</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Th scope="row" fw={400}>
                <Text fw={600} size="sm" id={`user-${user.id}`}>
                  {user.displayName || '—'}
                </Text>
                <Text size="sm" c="dimmed">
                  {user.email}
                </Text>
              </Table.Th>
              <Table.Td>
                <Group gap={4}>
                  {user.roles.length === 0 && <Text size="sm">none</Text>}
                  {user.roles.map((role) => (
                    <Badge key={role} variant="light" size="sm">
                      {role}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge variant="light" size="sm" color={user.disabled ? 'red' : 'green'}>
                    {user.disabled ? 'Disabled' : 'Active'}
                  </Badge>
                  {!user.emailVerified && (
                    <Badge variant="light" size="sm" color="yellow">
                      Not verified
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Button size="xs" variant="default" onClick={() => onManage(user)} aria-describedby={`user-${user.id}`}>
                  Manage
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
