import { type InfiniteData, useMutation, useQueryClient } from '@tanstack/react-query';
import { isProblem } from '../../lib/api';
import { refreshAvailability } from '../availability';
import { useSession } from '../auth';
import { myHoldsKey, myHoldsQuery, placeHold, releaseHold, type HoldPlace } from './holds.api';
import type { HoldList } from './holds.types';

// A command lost on the network is retried with the same Idempotency-Key: the server answers
// with the first outcome instead of holding seats twice.
const retryLostRequest = (failureCount: number, error: unknown) =>
  failureCount < 2 && isProblem(error) && error.status === 0;

export function usePlaceHold(eventId: string) {
  const queryClient = useQueryClient();
  const { user } = useSession();
  return useMutation({
    mutationFn: ({
      quantity,
      idempotencyKey,
      place,
    }: {
      quantity: number;
      idempotencyKey: string;
      place?: HoldPlace;
    }) => placeHold(eventId, quantity, idempotencyKey, place),
    retry: retryLostRequest,
    onSuccess: async () => {
      void queryClient.invalidateQueries({ queryKey: ['events'] });
      if (user) void queryClient.invalidateQueries({ queryKey: myHoldsKey(user.id) });
      await refreshAvailability(queryClient, eventId);
    },
  });
}

export function useReleaseHold() {
  const queryClient = useQueryClient();
  const { user } = useSession();
  return useMutation({
    mutationFn: ({ eventId, holdId, idempotencyKey }: { eventId: string; holdId: string; idempotencyKey: string }) =>
      releaseHold(eventId, holdId, idempotencyKey),
    retry: retryLostRequest,
    onSuccess: async (_released, { eventId, holdId }) => {
      void queryClient.invalidateQueries({ queryKey: ['events'] });
      if (user) {
        const key = myHoldsKey(user.id);
        const list = queryClient.setQueryData<InfiniteData<HoldList, string | undefined>>(
          key,
          (data) =>
            data && {
              ...data,
              pages: data.pages.map((page) => ({ ...page, items: page.items.filter((h) => h.holdId !== holdId) })),
            },
        );
        // Read our own write: the pages loaded so far, as of (at least) the release.
        void queryClient
          .fetchInfiniteQuery({ ...myHoldsQuery(user.id), pages: list?.pages.length ?? 1, staleTime: 0 })
          .catch(() => undefined);
      }
      await refreshAvailability(queryClient, eventId);
    },
  });
}
