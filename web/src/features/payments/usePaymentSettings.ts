import { useQuery } from '@tanstack/react-query';
import { fetchPaymentSettings } from './payments.api';

/** Which provider the pay step talks to: configuration, so read once per session. */
export function usePaymentSettings() {
  return useQuery({
    queryKey: ['payments', 'settings'],
    queryFn: ({ signal }) => fetchPaymentSettings({ signal }),
    staleTime: Infinity,
  });
}
