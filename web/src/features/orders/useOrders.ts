import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { adminBookingsQuery, eventOrdersQuery, resendTickets, salesQuery } from './orders.api';
import type { OrdersFilter } from './orders-filter';

export const useEventOrders = (eventId: string, filter: OrdersFilter) =>
  useQuery({ ...eventOrdersQuery(eventId, filter), placeholderData: keepPreviousData });

export const useSales = (eventId: string) => useQuery(salesQuery(eventId));

export const useAdminBookings = (filter: OrdersFilter & { eventId?: string }) =>
  useQuery({ ...adminBookingsQuery(filter), placeholderData: keepPreviousData });

export const useResendTickets = () => useMutation({ mutationFn: (bookingId: string) => resendTickets(bookingId) });
