import { useState } from 'react';
import { Button, Container, Group, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SearchIcon } from '../../lib/icons';
import { RequireSignIn } from '../auth';
import { adminKeys, fetchUsers, PAGE_SIZE } from './admin.api';
import { UserDrawer } from './UserDrawer';
import { UsersTable } from './UsersTable';

function UserAdmin() {
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [offset, setOffset] = useState(0);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const users = useQuery({
    queryKey: adminKeys.list(q, offset),
    queryFn: () => fetchUsers(q, offset),
    placeholderData: keepPreviousData,
  });
  const selected = users.data?.items.find((u) => u.id === selectedId) ?? null;

  const changeSearch = (value: string) => {
    setSearch(value);
    setOffset(0);
    setParams(value.trim() ? { q: value.trim() } : {}, { replace: true });
  };

  const total = users.data?.total ?? 0;
  const count = users.data?.items.length ?? 0;
  return (
    <Stack gap="md">
      <TextInput
        label="Search users"
        description="By e-mail or display name"
        type="search"
        leftSection={<SearchIcon size={16} />}
        value={search}
        onChange={(e) => changeSearch(e.currentTarget.value)}
        maw={420}
      />
      {users.isPending ? (
        <Skeleton height={200} aria-hidden="true" />
      ) : users.isError ? (
        <ProblemAlert error={users.error} title="Could not load the users" onRetry={() => void users.refetch()} />
      ) : (
        <>
          <Text size="sm" role="status">
            {total === 0 ? 'No users found.' : `Showing ${offset + 1}–${offset + count} of ${total}.`}
          </Text>
          {count > 0 && <UsersTable users={users.data.items} onManage={(user) => setSelectedId(user.id)} />}
          {total > PAGE_SIZE && (
            <Group>
              <Button
                variant="default"
                disabled={offset === 0}
                onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
              >
                Previous page
              </Button>
              <Button
                variant="default"
                disabled={offset + PAGE_SIZE >= total}
                onClick={() => setOffset(offset + PAGE_SIZE)}
              >
                Next page
              </Button>
            </Group>
          )}
        </>
      )}
      <UserDrawer user={selected} onClose={() => setSelectedId(null)} />
    </Stack>
  );
}

export function AdminUsersPage() {
  return (
    <Container size="lg" px={0}>
      <title>Users · Admin · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Users</Title>
        <Text c="dimmed">
          Find an account to change its roles, disable it, end its sessions or read its security history.
        </Text>
        <RequireSignIn action="manage users" roles={['admin']}>
          <UserAdmin />
        </RequireSignIn>
      </Stack>
    </Container>
  );
}
