import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiFetch, apiGet } from './api';
import { forgetPositions, readPosition, rememberPosition } from './read-your-writes';

/** A stubbed API answering every request with `body`; returns the X-Min-Position each request sent. */
function stubApi(body: unknown = {}) {
  const sent: (string | null)[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_path: string, init: RequestInit) => {
      sent.push(new Headers(init.headers).get('X-Min-Position'));
      return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
    }),
  );
  return sent;
}

describe('read-your-writes: queries wait for the tab’s last write', () => {
  beforeEach(forgetPositions);
  afterEach(() => vi.unstubAllGlobals());

  it('names no position before any write', async () => {
    const sent = stubApi();
    await apiGet('/api/events');
    expect(sent).toEqual([null]);
  });

  it('sends the position a command reached with every later query, never with a command', async () => {
    const sent = stubApi({ eventId: 'e1', position: '42' });
    await apiFetch('/api/events', { method: 'POST', body: {} });
    await apiGet('/api/organizer/events');
    await apiGet('/api/events/e1');
    await apiFetch('/api/events/e1', { method: 'PATCH', body: {} });
    expect(sent).toEqual([null, '42', '42', null]);
  });

  it('takes the position from the X-Position header when the body has none', async () => {
    vi.stubGlobal('fetch', async () => new Response(null, { status: 204, headers: { 'X-Position': '7' } }));
    await apiFetch('/api/me/sessions/s1', { method: 'DELETE' });
    expect(readPosition()).toBe('7');
  });

  it('never goes back to an older position', () => {
    rememberPosition('100');
    rememberPosition('99');
    rememberPosition(undefined);
    rememberPosition('not a position');
    expect(readPosition()).toBe('100');
    rememberPosition('18446744073709551615'); // beyond Number's precision
    expect(readPosition()).toBe('18446744073709551615');
  });

  it('ignores the session endpoints’ own writes (auth: false) and what queries answer', async () => {
    stubApi({ accessToken: 't', position: '5' });
    await apiFetch('/api/auth/refresh', { method: 'POST', auth: false });
    await apiGet('/api/events/e1/availability');
    expect(readPosition()).toBeUndefined();
  });
});
