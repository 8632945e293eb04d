import { useState } from 'react';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { ProblemAlert } from '../../components/ProblemAlert';
import { commands, type AdminUser, type Command } from './admin.api';
import { useAdminCommand } from './useAdminCommand';

/** Disable (with a reason) or enable the account, and end all of its sessions. */
export function AccessControls({ user }: { user: AdminUser }) {
  const command = useAdminCommand();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = (cmd: Command, onSuccess?: () => void) => {
    setDone(null);
    command.mutate(cmd, { onSuccess });
  };

  const disable = () => {
    if (!reason.trim()) return setReasonError('Say why the account is disabled (kept in its security history).');
    run(commands.disable(user.id, reason.trim()), () => setReason(''));
  };

  return (
    <Stack gap="sm">
      {user.disabled ? (
        <Group>
          <Text size="sm">This account is disabled.</Text>
          <Button size="xs" loading={command.isPending} onClick={() => run(commands.enable(user.id))}>
            Enable account
          </Button>
        </Group>
      ) : (
        <Stack gap="xs">
          <Textarea
            label="Reason for disabling"
            autosize
            minRows={2}
            value={reason}
            error={reasonError}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setReasonError(null);
            }}
          />
          <Group>
            <Button size="xs" color="red" loading={command.isPending} onClick={disable}>
              Disable account
            </Button>
          </Group>
        </Stack>
      )}
      <Group>
        <Button
          size="xs"
          variant="light"
          color="red"
          loading={command.isPending}
          onClick={() => run(commands.revokeSessions(user.id), () => setDone('Every session was revoked.'))}
        >
          Revoke their sessions
        </Button>
        {done && (
          <Text size="sm" role="status">
            {done}
          </Text>
        )}
      </Group>
      {command.isError && <ProblemAlert error={command.error} title="The change failed" />}
    </Stack>
  );
}
