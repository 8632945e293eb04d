import { apiFetch, apiGet } from '../../lib/api';
import type { NewPromoCode, PromoCode } from './promotions.types';

export const promoKeys = { mine: ['organizer', 'promo-codes'] as const };

export const fetchPromoCodes = (signal?: AbortSignal) => apiGet<{ items: PromoCode[] }>('/api/promo-codes', { signal });

export async function createPromoCode(code: NewPromoCode, idempotencyKey: string) {
  const result = await apiFetch<{ promoId: string; code: string; position: string }>('/api/promo-codes', {
    method: 'POST',
    body: code,
    idempotencyKey,
  });
  return result.data;
}

export async function disablePromoCode(promoId: string) {
  const result = await apiFetch<{ promoId: string; status: string }>(
    `/api/promo-codes/${encodeURIComponent(promoId)}/disable`,
    { method: 'POST' },
  );
  return result.data;
}
