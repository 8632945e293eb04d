import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isProblem } from '../../lib/api';
import { useSession } from '../auth';
import { myHoldsKey } from '../holds';
import { bookingKeys, cancelBooking, payBooking, placeBooking, reissueTicket, transferTicket } from './booking.api';
import type { Cancellation, Checkout, PaymentMethodInput, PaymentResult, TicketTransfer } from './booking.types';

// A command lost on the network is retried with the same Idempotency-Key: the server replays the
// first outcome instead of checking out (or charging) twice.
const retryLostRequest = (failureCount: number, error: unknown) =>
  failureCount < 2 && isProblem(error) && error.status === 0;

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
    mutationFn: ({ method, idempotencyKey }: { method: PaymentMethodInput; idempotencyKey: string }) =>
      payBooking(bookingId, method, idempotencyKey),
    retry: retryLostRequest,
    onSuccess: (result) => onAnswer?.(result),
    onSettled: async () => {
      // A refusal (deadline passed, not payable) also means the booking moved on: show it as it is now.
      if (user) await queryClient.invalidateQueries({ queryKey: bookingKeys.all(user.id) });
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
