import { useMutation, useQueryClient } from '@tanstack/react-query';
import { newId } from '../../lib/ids';
import { catalogKeys } from '../catalog';
import {
  createEvent,
  organizerKeys,
  patchEvent,
  runLifecycle,
  type EventChanges,
  type EventInput,
  type LifecycleAction,
} from './organizer.api';

/** After any command: reload my events and the event (the queries wait for the command's position). */
function useRefresh() {
  const queryClient = useQueryClient();
  return (eventId: string) => {
    void queryClient.invalidateQueries({ queryKey: organizerKeys.all });
    void queryClient.invalidateQueries({ queryKey: catalogKeys.detail(eventId) });
    void queryClient.invalidateQueries({ queryKey: catalogKeys.all, exact: false, refetchType: 'none' });
  };
}

export function useCreateEvent() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: EventInput) => createEvent(input, newId()),
    onSuccess: ({ eventId }) => refresh(eventId),
  });
}

export function usePatchEvent(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: EventChanges) => patchEvent(eventId, changes),
    // The form holds the truth while editing: only mark the copies stale.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: organizerKeys.all, refetchType: 'none' });
      void queryClient.invalidateQueries({ queryKey: catalogKeys.detail(eventId), refetchType: 'none' });
    },
  });
}

export type LifecycleVariables = { action: LifecycleAction; reason?: string };

export function useLifecycle(eventId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ action, reason }: LifecycleVariables) => runLifecycle(eventId, action, newId(), reason),
    onSuccess: () => refresh(eventId),
  });
}
