import type { RecordedEvent } from '@booking/event-store';
import type { ProjectionDefinition, Projected } from '../projection';
import {
  type WebhookDeliveryDoc,
  type WebhookEndpointDoc,
  webhookDeliveriesProjection,
  webhookEndpointsProjection,
} from './webhooks.projection';

let position = 0n;
const recorded = (type: string, data: Record<string, unknown>): RecordedEvent =>
  ({
    id: `e${++position}`,
    type,
    data,
    metadata: { occurredAt: `2030-01-01T00:00:${String(position).padStart(2, '0')}.000Z` },
    stream: 'webhooks',
    revision: position,
    position,
  }) as unknown as RecordedEvent;

function project<Doc extends Projected>(projection: ProjectionDefinition<Doc>, events: RecordedEvent[]) {
  const docs = new Map<string, Doc>();
  for (const event of events) {
    const key = projection.keyOf(event)!;
    const next = projection.evolve(docs.get(key) ?? null, event);
    if (next) docs.set(key, { ...next, _position: Number(event.position) } as Doc);
    else docs.delete(key);
  }
  return docs;
}

const endpoint = { endpointId: 'w1', organizerId: 'olga' };
const registered = () =>
  recorded('WebhookEndpointRegistered', {
    ...endpoint,
    url: 'https://hooks.example.com/a',
    eventTypes: ['booking.confirmed'],
    enabled: true,
    secret: 'whsec_secret',
    registeredAt: '2030-01-01T00:00:00.000Z',
  });
const delivery = { deliveryId: 'd1', endpointId: 'w1' };
const scheduled = () =>
  recorded('WebhookDeliveryScheduled', {
    ...delivery,
    organizerId: 'olga',
    notificationId: 'ev1',
    notificationType: 'booking.confirmed',
    body: '{"id":"ev1"}',
    maxAttempts: 8,
    nextAttemptAt: '2030-01-01T00:00:00.000Z',
  });
const failed = () =>
  recorded('WebhookAttemptFailed', {
    ...delivery,
    attempt: 1,
    at: '2030-01-01T00:00:01.000Z',
    durationMs: 20,
    statusCode: 500,
    nextAttemptAt: '2030-01-01T00:01:01.000Z',
    gaveUp: false,
  });
const succeeded = () =>
  recorded('WebhookAttemptSucceeded', {
    ...delivery,
    attempt: 2,
    at: '2030-01-01T00:01:02.000Z',
    durationMs: 15,
    statusCode: 200,
  });

describe('webhook read models', () => {
  it('lists an endpoint without its secret, follows changes and rotation, and drops it when deleted', () => {
    const events = [
      registered(),
      recorded('WebhookEndpointChanged', {
        ...endpoint,
        url: 'https://hooks.example.com/b',
        eventTypes: ['payment.failed'],
        enabled: false,
        changedAt: '2030-01-01T00:00:02.000Z',
      }),
      recorded('WebhookSecretRotated', { ...endpoint, secret: 'whsec_new' }),
    ];
    const doc = project<WebhookEndpointDoc>(webhookEndpointsProjection, events).get('w1')!;
    expect(doc).toMatchObject({ url: 'https://hooks.example.com/b', eventTypes: ['payment.failed'], enabled: false });
    expect(doc.secretRotatedAt).toBeDefined();
    expect(JSON.stringify(doc)).not.toContain('whsec_');
    const gone = project(webhookEndpointsProjection, [...events, recorded('WebhookEndpointDeleted', endpoint)]);
    expect(gone.has('w1')).toBe(false);
  });

  it('keeps each attempt of a delivery, its status and when the next one is due', () => {
    const pending = project<WebhookDeliveryDoc>(webhookDeliveriesProjection, [scheduled(), failed()]).get('d1')!;
    expect(pending).toMatchObject({
      status: 'pending',
      attemptCount: 1,
      nextAttemptAt: '2030-01-01T00:01:01.000Z',
      attempts: [{ attempt: 1, statusCode: 500, ok: false }],
    });
    const done = project<WebhookDeliveryDoc>(webhookDeliveriesProjection, [scheduled(), failed(), succeeded()]).get(
      'd1',
    )!;
    expect(done).toMatchObject({ status: 'delivered', attemptCount: 2 });
    expect(done.nextAttemptAt).toBeUndefined();
    expect(done.attempts.map((a) => a.ok)).toEqual([false, true]);
  });

  it('is idempotent when an event is applied twice', () => {
    const events = [scheduled(), failed(), succeeded()];
    const once = project<WebhookDeliveryDoc>(webhookDeliveriesProjection, events).get('d1')!;
    let doc = once;
    for (const event of events.slice(1))
      doc = { ...webhookDeliveriesProjection.evolve(doc, event)!, _position: doc._position } as WebhookDeliveryDoc;
    expect(doc).toEqual(once);
  });
});
