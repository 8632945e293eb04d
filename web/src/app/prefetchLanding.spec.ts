import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogKeys } from '../features/catalog/catalog.api';
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
    prefetchLanding(client, '/events/e1');
    await vi.waitFor(() =>
      expect(client.getQueryData(catalogKeys.detail('e1'))).toMatchObject({ title: 'Jazz night' }),
    );
    expect(fetch).toHaveBeenCalledOnce();
    expect(String(fetch.mock.calls[0]?.[0 as never])).toContain('/api/events/e1');
  });

  it('is nothing elsewhere', () => {
    const fetch = stubApi();
    const client = createQueryClient();
    for (const path of ['/', '/holds', '/organizer/events/e1/edit', '/events']) prefetchLanding(client, path);
    expect(fetch).not.toHaveBeenCalled();
    expect(client.getQueryCache().getAll()).toHaveLength(0);
  });
});
