import { useQuery } from '@tanstack/react-query';
import { savedCardsQuery } from './wallet.api';

/** The signed-in person's saved cards; nothing is asked without a session (`userId` undefined). */
export function useSavedCards(userId: string | undefined) {
  return useQuery({ ...savedCardsQuery(userId ?? ''), enabled: userId !== undefined });
}
