import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminKeys, runCommand } from './admin.api';

/** Runs an admin command, then reloads the user list and histories (as of the command's position). */
export function useAdminCommand() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runCommand,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.all }).catch(() => undefined),
  });
}
