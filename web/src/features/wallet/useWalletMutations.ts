import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isProblem } from '../../lib/api';
import { makeDefaultCard, removeCard, saveCard, walletKeys } from './wallet.api';
import type { NewCardInput } from './wallet.types';

// A command lost on the network is retried with the same Idempotency-Key: the server replays the
// first outcome instead of saving (or removing) twice.
const retryLostRequest = (failureCount: number, error: unknown) =>
  failureCount < 2 && isProblem(error) && error.status === 0;

// Each mutation stays pending until the list is read again (as of the write:
// lib/read-your-writes.ts), so a button stops spinning when the list shows its effect.
const useReloadCards = (userId: string) => {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: walletKeys.cards(userId) });
};

export function useSaveCard(userId: string) {
  const reload = useReloadCards(userId);
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: NewCardInput; idempotencyKey: string }) =>
      saveCard(input, idempotencyKey),
    retry: retryLostRequest,
    onSuccess: reload,
  });
}

export function useMakeDefaultCard(userId: string) {
  const reload = useReloadCards(userId);
  return useMutation({
    mutationFn: ({ id, idempotencyKey }: { id: string; idempotencyKey: string }) => makeDefaultCard(id, idempotencyKey),
    retry: retryLostRequest,
    // A refusal (a card removed in another tab: 404) also means the list moved on.
    onSettled: reload,
  });
}

export function useRemoveCard(userId: string) {
  const reload = useReloadCards(userId);
  return useMutation({
    mutationFn: ({ id, idempotencyKey }: { id: string; idempotencyKey: string }) => removeCard(id, idempotencyKey),
    retry: retryLostRequest,
    onSettled: reload,
  });
}
