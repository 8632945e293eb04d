import { queryOptions } from '@tanstack/react-query';
import { apiFetch, apiGet } from '../../lib/api';
import type { NewCardInput, RemovedCard, SavedCardAnswer, SavedCardList } from './wallet.types';

export const walletKeys = {
  cards: (userId: string) => ['me', userId, 'payment-methods'] as const,
};

const walletPath = '/api/me/payment-methods';
const cardPath = (id: string) => `${walletPath}/${encodeURIComponent(id)}`;

export const fetchSavedCards = (signal?: AbortSignal) => apiGet<SavedCardList>(walletPath, { signal });

/** The caller's saved cards (as of this tab's last write: lib/read-your-writes.ts). */
export const savedCardsQuery = (userId: string) =>
  queryOptions({ queryKey: walletKeys.cards(userId), queryFn: ({ signal }) => fetchSavedCards(signal) });

/**
 * Saves a card: 201 `{ card }`; 422 `wallet.card-declined` (the detail says why), 409
 * `wallet.full`. The key makes a retried save replay the first answer instead of saving twice.
 */
export async function saveCard(input: NewCardInput, idempotencyKey: string): Promise<SavedCardAnswer> {
  const result = await apiFetch<SavedCardAnswer>(walletPath, { method: 'POST', body: input, idempotencyKey });
  return { ...result.data, position: result.position ?? result.data.position };
}

/** The card a checkout preselects from now on (404 for a card not in the wallet). */
export async function makeDefaultCard(id: string, idempotencyKey: string): Promise<SavedCardAnswer> {
  const result = await apiFetch<SavedCardAnswer>(`${cardPath(id)}/default`, { method: 'POST', idempotencyKey });
  return { ...result.data, position: result.position ?? result.data.position };
}

/** Forgets a card; removing the default makes the most recently saved remaining card the default. */
export async function removeCard(id: string, idempotencyKey: string): Promise<RemovedCard> {
  const result = await apiFetch<RemovedCard>(cardPath(id), { method: 'DELETE', idempotencyKey });
  return { ...result.data, position: result.position ?? result.data.position };
}
