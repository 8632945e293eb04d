import { afterEach, describe, expect, it, vi } from 'vitest';
import { PAGE_SIZE, catalogKeys } from '../features/catalog/catalog.api';
import { readFilters } from '../features/catalog/useCatalogFilters';
import { DEMO_PERSONAS_KEY } from '../features/auth/useDemoPersonas';
import { availabilityKey } from '../features/availability/availability.api';
import { categoryKeys } from '../features/categories/categories.api';
import { createQueryClient } from '../lib/query-client';
import { prefetchLanding } from './prefetchLanding';

describe('what the landing page shows, fetched before its code arrives', () => {
  afterEach(() => vi.unstubAllGlobals());

  function stubApi() {
    const fetch = vi.fn(
      async () =>
        new Response(JSON.stringify({ id: 'e1', title: 'Jazz night' }), {
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetch);
    return fetch;
  }

  it("on an event's page is that event, under the key its page reads", async () => {
    const fetch = stubApi();
    const client = createQueryClient();
    prefetchLanding(client, { pathname: '/events/e1', search: '' });
    await vi.waitFor(() =>
      expect(client.getQueryData(catalogKeys.detail('e1'))).toMatchObject({ title: 'Jazz night' }),
    );
    expect(fetch).toHaveBeenCalledOnce();
    expect(String(fetch.mock.calls[0]?.[0 as never])).toContain('/api/events/e1');
  });

  it('is nothing elsewhere', () => {
    const fetch = stubApi();
    const client = createQueryClient();
    for (const pathname of ['/', '/holds', '/organizer/events/e1/edit', '/events'])
      prefetchLanding(client, { pathname, search: '' });
    expect(fetch).not.toHaveBeenCalled();
    expect(client.getQueryCache().getAll()).toHaveLength(0);
  });

  const catalog = { items: [{ id: 'e1', title: 'Jazz night' }], total: 1 };
  const categories = [{ slug: 'music', label: 'Music', status: 'active' }];
  const personas = { items: [{ persona: 'attendee', email: 'a@example.com', password: 'x', name: 'A', roles: [] }] };
  const landing = (path: string, extra: object) => ({ path, at: Date.now() - 1000, ...extra }) as never;

  it("with the server's landing data, starts from its answers and asks for nothing", () => {
    const fetch = stubApi();
    const client = createQueryClient();
    prefetchLanding(
      client,
      { pathname: '/', search: '' },
      landing('/', { limit: PAGE_SIZE, catalog, categories, personas }),
    );
    expect(client.getQueryData(catalogKeys.list(readFilters(new URLSearchParams())))).toEqual({
      pages: [catalog],
      pageParams: [0],
    });
    expect(client.getQueryData(categoryKeys.list(false))).toEqual(categories);
    expect(client.getQueryData(DEMO_PERSONAS_KEY)).toEqual(personas);
    expect(client.getQueryState(categoryKeys.list(false))?.dataUpdatedAt).toBeLessThan(Date.now());

    const availability = { eventId: 'e1', capacity: 10, held: 1, sold: 2, free: 7, onSale: true, position: '42' };
    const event = { id: 'e1', title: 'Jazz night', availability };
    prefetchLanding(client, { pathname: '/events/e1', search: '' }, landing('/events/e1', { event }));
    expect(client.getQueryData(catalogKeys.detail('e1'))).toEqual(event);
    expect(client.getQueryData(availabilityKey('e1'))).toEqual(availability);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('takes landing data only for the page it was made for, unfiltered, of the size the catalog pages in', () => {
    stubApi();
    const client = createQueryClient();
    prefetchLanding(client, { pathname: '/', search: '?q=jazz' }, landing('/', { limit: PAGE_SIZE, catalog }));
    prefetchLanding(client, { pathname: '/holds', search: '' }, landing('/', { limit: PAGE_SIZE, catalog }));
    prefetchLanding(client, { pathname: '/', search: '' }, landing('/', { limit: PAGE_SIZE + 1, catalog }));
    prefetchLanding(client, { pathname: '/events/e2', search: '' }, landing('/events/e2', { event: { id: 'e1' } }));
    expect(client.getQueryData(catalogKeys.list(readFilters(new URLSearchParams())))).toBeUndefined();
    expect(client.getQueryData(catalogKeys.detail('e2'))).toBeUndefined();
  });
});
