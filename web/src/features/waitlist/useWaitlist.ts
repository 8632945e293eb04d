import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { newId } from '../../lib/ids';
import { refreshAvailability } from '../availability';
import { useSession } from '../auth';
import { eventWaitlistQuery, joinWaitlist, leaveWaitlist, myWaitlistQuery, waitlistKeys } from './waitlist.api';

export function useMyWaitlist() {
  const { user } = useSession();
  return useQuery({ ...myWaitlistQuery(user?.id ?? ''), enabled: !!user });
}

export const useEventWaitlist = (eventId: string) => useQuery(eventWaitlistQuery(eventId));

/** Joins; the lists on screen and the event's counts are read again (as of the join: lib/read-your-writes.ts). */
export function useJoinWaitlist(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { quantity: number; sectionId?: string }) => joinWaitlist(eventId, body, newId()),
    onSuccess: async () => {
      void queryClient.invalidateQueries({ queryKey: waitlistKeys.all });
      await refreshAvailability(queryClient, eventId);
    },
  });
}

export function useLeaveWaitlist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ eventId, entryId }: { eventId: string; entryId: string }) =>
      leaveWaitlist(eventId, entryId, newId()),
    onSuccess: async (_left, { eventId }) => {
      void queryClient.invalidateQueries({ queryKey: waitlistKeys.all });
      await refreshAvailability(queryClient, eventId);
    },
  });
}
