import { useInfiniteQuery } from '@tanstack/react-query';
import { useSession } from '../auth';
import { myHoldsQuery } from './holds.api';

/** The signed-in user's holds, a page at a time (fetchNextPage loads more). */
export function useMyHolds() {
  const { user } = useSession();
  return useInfiniteQuery({
    ...myHoldsQuery(user?.id ?? 'anonymous'),
    enabled: user !== null,
    staleTime: 5_000,
  });
}
