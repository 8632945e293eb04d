import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isProblem } from '../../lib/api';
import { useSession } from '../auth';
import { myHoldsKey } from '../holds';
import { walletKeys } from '../wallet';
import { bookingKeys, cancelBooking, placeBooking, reissueTicket, transferTicket } from './booking.api';
import type { Cancellation, Checkout, PaymentResult, TicketTransfer } from './booking.types';
import { CardNotSavedError, payByCard, type PayAttempt } from './card-payment';

// A command lost on the network is retried with the same Idempotency-Key: the server replays the
// first outcome instead of checking out (or charging) twice.
const retryLostRequest = (failureCount: number, error: unknown) => {
  // Saving the card first was lost: the retry replays the save (same key), then pays.
  const problem = error instanceof CardNotSavedError ? error.cause : error;
  return failureCount < 2 && isProblem(problem) && problem.status === 0;
};

export function usePlaceBooking() {
  const queryClient = useQueryClient();
  const { user } = useSession();
  return useMutation({
    mutationFn: ({ checkout, idempotencyKey }: { checkout: Checkout; idempotencyKey: string }) =>
      placeBooking(checkout, idempotencyKey),
    retry: retryLostRequest,
    onSuccess: () => {
      // The checked-out holds leave My holds; the booking joins My bookings (read as of the checkout).
      if (user) {
        void queryClient.invalidateQueries({ queryKey: myHoldsKey(user.id) });
        void queryClient.invalidateQueries({ queryKey: bookingKeys.all(user.id) });
      }
    },
  });
}

/** The key of a booking's payment attempts: the pay step's method choice waits while one is being sent. */
export const payMutationKey = (bookingId: string) => ['bookings', bookingId, 'pay'] as const;

/** `onAnswer`: the provider's answer, before the booking is read again (3-D Secure navigates from here). */
export function usePayBooking(bookingId: string, onAnswer?: (result: PaymentResult) => void) {
  const queryClient = useQueryClient();
  const { user } = useSession();
  return useMutation({
    mutationKey: payMutationKey(bookingId),
    mutationFn: (attempt: PayAttempt) => payByCard(bookingId, attempt),
    retry: retryLostRequest,
    onSuccess: (result) => onAnswer?.(result),
    onSettled: async (_result, _error, attempt) => {
      if (!user) return;
      // A card saved first is in the wallet even when the payment then failed; a saved card refused
      // (expired, removed in another tab) leaves the checkout's list.
      if ('save' in attempt || 'savedPaymentMethodId' in attempt.method)
        void queryClient.invalidateQueries({ queryKey: walletKeys.cards(user.id) });
      // A refusal (deadline passed, not payable) also means the booking moved on: show it as it is now.
      await queryClient.invalidateQueries({ queryKey: bookingKeys.all(user.id) });
    },
  });
}

export function useCancelBooking(bookingId: string) {
  const queryClient = useQueryClient();
  const { user } = useSession();
  return useMutation({
    mutationFn: ({ cancellation, idempotencyKey }: { cancellation: Cancellation; idempotencyKey: string }) =>
      cancelBooking(bookingId, cancellation, idempotencyKey),
    retry: retryLostRequest,
    onSettled: async () => {
      // Cancelled (or refused because the booking moved on): show it as it is now.
      if (user) await queryClient.invalidateQueries({ queryKey: bookingKeys.all(user.id) });
    },
  });
}

/** Transfer (with `to`) or reissue (without) one ticket; the booking and its codes are read again after. */
export function useChangeTicket(bookingId: string) {
  const queryClient = useQueryClient();
  const { user } = useSession();
  return useMutation({
    mutationFn: ({
      ticketId,
      to,
      idempotencyKey,
    }: {
      ticketId: string;
      to?: TicketTransfer;
      idempotencyKey: string;
    }) =>
      to ? transferTicket(bookingId, ticketId, to, idempotencyKey) : reissueTicket(bookingId, ticketId, idempotencyKey),
    retry: retryLostRequest,
    onSettled: async () => {
      if (user) await queryClient.invalidateQueries({ queryKey: bookingKeys.all(user.id) });
    },
  });
}
