import { useState } from 'react';
import { Checkbox, Group } from '@mantine/core';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ROLES, type Role } from '../auth';
import { commands, type AdminUser } from './admin.api';
import { useAdminCommand } from './useAdminCommand';

/** One checkbox per role: ticking grants it, unticking revokes it (shown at once, undone on failure). */
export function RoleEditor({ user }: { user: AdminUser }) {
  const command = useAdminCommand();
  const [shown, setShown] = useState<string[] | null>(null);
  const change = (next: string[]) => {
    const granted = next.find((role) => !user.roles.includes(role as Role)) as Role | undefined;
    const revoked = user.roles.find((role) => !next.includes(role));
    const cmd = granted ? commands.grantRole(user.id, granted) : revoked ? commands.revokeRole(user.id, revoked) : null;
    if (!cmd) return;
    setShown(next);
    // Settled after the list was fetched again, so the server's roles replace the optimistic ones.
    command.mutate(cmd, { onSettled: () => setShown(null) });
  };
  return (
    <>
      <Checkbox.Group
        label="Granted roles"
        description="Changes apply at the user's next token refresh (within 15 minutes)."
        value={shown ?? user.roles}
        onChange={change}
      >
        <Group gap="md" mt="xs">
          {ROLES.map((role) => (
            <Checkbox key={role} value={role} label={role} disabled={command.isPending} />
          ))}
        </Group>
      </Checkbox.Group>
      {command.isError && <ProblemAlert error={command.error} title="Could not change the roles" />}
    </>
  );
}
