import { useQuery } from '@tanstack/react-query';
import { useSession } from '../auth';
import { fetchMyHolds, myHoldsKey } from './holds.api';

/** The signed-in user's active holds. */
export function useMyHolds() {
  const { user } = useSession();
  return useQuery({
    queryKey: myHoldsKey(user?.id ?? 'anonymous'),
    queryFn: ({ signal }) => fetchMyHolds({ signal }),
    enabled: user !== null,
    staleTime: 5_000,
  });
}
