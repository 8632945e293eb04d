import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { newId } from '../../lib/ids';
import { adminBookingsQuery, cancelOrder, eventOrdersQuery, ordersKeys, resendTickets, salesQuery } from './orders.api';
import type { OrdersFilter } from './orders-filter';

export const useEventOrders = (eventId: string, filter: OrdersFilter) =>
  useQuery({ ...eventOrdersQuery(eventId, filter), placeholderData: keepPreviousData });

export const useSales = (eventId: string) => useQuery(salesQuery(eventId));

export const useAdminBookings = (filter: OrdersFilter & { eventId?: string }) =>
  useQuery({ ...adminBookingsQuery(filter), placeholderData: keepPreviousData });

export const useResendTickets = () => useMutation({ mutationFn: (bookingId: string) => resendTickets(bookingId) });

/** Cancels an order; the orders and sales on screen are read again (as of the cancellation: lib/read-your-writes.ts). */
export function useCancelOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ bookingId, reason }: { bookingId: string; reason: string }) =>
      cancelOrder(bookingId, reason, newId()),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ordersKeys.all }),
  });
}
