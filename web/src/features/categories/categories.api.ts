import { apiFetch, apiGet, withQuery } from '../../lib/api';

export type CategoryStatus = 'active' | 'retired';
export type Category = { slug: string; label: string; status: CategoryStatus; updatedAt?: string };
export type TagSuggestion = { tag: string; count: number };

export const categoryKeys = {
  all: ['categories'] as const,
  list: (includeRetired: boolean) => ['categories', includeRetired ? 'all' : 'active'] as const,
  tags: (prefix: string) => ['tags', prefix] as const,
};

export const fetchCategories = (includeRetired = false) =>
  apiGet<{ items: Category[] }>(withQuery('/api/categories', { include: includeRetired ? 'retired' : undefined })).then(
    (body) => body.items,
  );

export type CategoryChange =
  | { action: 'add'; slug: string; label: string }
  | { action: 'rename'; slug: string; label: string }
  | { action: 'retire' | 'restore'; slug: string };

export async function changeCategory(change: CategoryChange, idempotencyKey: string): Promise<Category> {
  const path = `/api/admin/categories`;
  const slug = encodeURIComponent(change.slug);
  const request =
    change.action === 'add'
      ? apiFetch<Category>(path, { method: 'POST', body: { slug: change.slug, label: change.label }, idempotencyKey })
      : change.action === 'rename'
        ? apiFetch<Category>(`${path}/${slug}`, { method: 'PATCH', body: { label: change.label }, idempotencyKey })
        : apiFetch<Category>(`${path}/${slug}/${change.action}`, { method: 'POST', idempotencyKey });
  return (await request).data;
}

export const fetchTagSuggestions = (prefix: string, signal?: AbortSignal) =>
  apiGet<{ items: TagSuggestion[] }>(withQuery('/api/tags', { prefix, limit: 8 }), { signal }).then(
    (body) => body.items,
  );
