import type { ProviderEvent } from './provider-events';
import { WebhookDispatcher, seededRandom } from './webhook-dispatcher';

const event = (id: string): ProviderEvent => ({
  id,
  object: 'event',
  type: 'payment_intent.succeeded',
  created: 0,
  livemode: false,
  data: { object: {} },
});
const settings = { enabled: true, retries: 3, retryDelayMs: 1, maxDelayMs: 0, duplicateRate: 0 };

describe('webhook delivery', () => {
  it('retries a failed delivery with backoff until a 2xx, then gives up after the configured retries', async () => {
    const answers = [500, 0, 200];
    const sent: string[] = [];
    const d = new WebhookDispatcher(
      settings,
      async (p) => (sent.push(p), answers.shift() ?? 200),
      () => 0.99,
    );
    d.enqueue(event('evt_a'));
    await d.idle();
    expect(sent).toHaveLength(3);
    expect(d.failures).toEqual([]);

    const never = new WebhookDispatcher(
      settings,
      async () => 503,
      () => 0.99,
    );
    never.enqueue(event('evt_b'));
    await never.idle();
    expect(never.failures).toEqual([{ eventId: 'evt_b', status: 503 }]);
  });

  it('delivers some events twice, and out of order, as the injected randomness says', async () => {
    const order: string[] = [];
    const random = seededRandom(7);
    const d = new WebhookDispatcher(
      { ...settings, maxDelayMs: 30, duplicateRate: 0.5 },
      async (p) => (order.push((JSON.parse(p) as ProviderEvent).id), 200),
      random,
    );
    const ids = Array.from({ length: 20 }, (_, i) => `evt_${String(i).padStart(2, '0')}`);
    for (const id of ids) d.enqueue(event(id));
    await d.idle();
    expect(new Set(order)).toEqual(new Set(ids));
    expect(order.length).toBeGreaterThan(ids.length); // duplicates
    expect(order.slice(0, ids.length)).not.toEqual(ids); // not in the order sent

    // The same seed, the same schedule.
    const again: string[] = [];
    const replay = new WebhookDispatcher(
      { ...settings, maxDelayMs: 30, duplicateRate: 0.5 },
      async (p) => (again.push((JSON.parse(p) as ProviderEvent).id), 200),
      seededRandom(7),
    );
    for (const id of ids) replay.enqueue(event(id));
    await replay.idle();
    expect(again.length).toBe(order.length);
  });

  it('sends nothing when off, and nothing more once stopped', async () => {
    const sent: string[] = [];
    const off = new WebhookDispatcher({ ...settings, enabled: false }, async (p) => (sent.push(p), 200), Math.random);
    off.enqueue(event('evt_c'));
    const stopped = new WebhookDispatcher(
      { ...settings, maxDelayMs: 50 },
      async (p) => (sent.push(p), 200),
      () => 0.5,
    );
    stopped.enqueue(event('evt_d'));
    stopped.stop();
    await stopped.idle();
    await new Promise((r) => setTimeout(r, 60));
    expect(sent).toEqual([]);
  });
});
