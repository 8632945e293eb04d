import { type Actor, scenario } from '../kernel';
import type { WebhookDeliveryCommand } from './webhooks.commands';
import { webhookDeliveryDecider } from './webhooks.decider';
import type { WebhookDeliveryEvent } from './webhooks.events';

const T0 = Date.parse('2030-01-01T12:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);
const system: Actor = { userId: 'system:webhook-delivery', roles: [] };
const olga: Actor = { userId: 'olga', roles: ['organizer'] };
const oscar: Actor = { userId: 'oscar', roles: ['organizer'] };
const notification = { id: 'ev1', type: 'booking.confirmed' as const, data: { bookingId: 'b1' } };
const body = JSON.stringify({
  id: 'ev1',
  type: 'booking.confirmed',
  created: at(0).toISOString(),
  data: { bookingId: 'b1' },
});

const scheduled: WebhookDeliveryEvent = {
  type: 'WebhookDeliveryScheduled',
  data: {
    deliveryId: 'd1',
    endpointId: 'w1',
    organizerId: 'olga',
    notificationId: 'ev1',
    notificationType: 'booking.confirmed',
    body,
    maxAttempts: 3,
    nextAttemptAt: at(0).toISOString(),
  },
};
const schedule: WebhookDeliveryCommand = {
  type: 'ScheduleWebhookDelivery',
  data: { deliveryId: 'd1', endpointId: 'w1', organizerId: 'olga', notification, maxAttempts: 3 },
  metadata: { now: at(0), actor: system },
};
const attempt = (n: number, second: number, answer: { statusCode?: number; error?: string; final?: boolean }) =>
  ({
    type: 'RecordWebhookAttempt',
    data: { deliveryId: 'd1', attempt: n, durationMs: 12, retryBaseMs: 10_000, ...answer },
    metadata: { now: at(second), actor: system },
  }) as WebhookDeliveryCommand;
const failed = (n: number, second: number, nextIn?: number, statusCode = 500): WebhookDeliveryEvent => ({
  type: 'WebhookAttemptFailed',
  data: {
    deliveryId: 'd1',
    endpointId: 'w1',
    attempt: n,
    at: at(second).toISOString(),
    durationMs: 12,
    statusCode,
    ...(nextIn !== undefined ? { nextAttemptAt: at(second + nextIn).toISOString() } : {}),
    gaveUp: nextIn === undefined,
  },
});

describe('webhook delivery decider', () => {
  const { given } = scenario(webhookDeliveryDecider);

  it('schedules the notification once, with its exact body, due now', () => {
    given([]).when(schedule).then([scheduled]);
    given([scheduled]).when(schedule).then([]);
  });

  it('retries with exponential backoff, then gives up after the last attempt', () => {
    given([scheduled])
      .when(attempt(1, 0, { statusCode: 500 }))
      .then([failed(1, 0, 10)]);
    given([scheduled, failed(1, 0, 10)])
      .when(attempt(2, 10, { statusCode: 500 }))
      .then([failed(2, 10, 20)]);
    given([scheduled, failed(1, 0, 10), failed(2, 10, 20)])
      .when(attempt(3, 30, { statusCode: 500 }))
      .then([failed(3, 30)]);
  });

  it('records a 2xx as delivered; a timeout as a failure with its error', () => {
    given([scheduled])
      .when(attempt(1, 0, { statusCode: 204 }))
      .then([
        {
          type: 'WebhookAttemptSucceeded',
          data: {
            deliveryId: 'd1',
            endpointId: 'w1',
            attempt: 1,
            at: at(0).toISOString(),
            durationMs: 12,
            statusCode: 204,
          },
        },
      ]);
    given([scheduled])
      .when(attempt(1, 0, { error: 'timed out after 10000 ms' }))
      .then([
        {
          type: 'WebhookAttemptFailed',
          data: {
            deliveryId: 'd1',
            endpointId: 'w1',
            attempt: 1,
            at: at(0).toISOString(),
            durationMs: 12,
            error: 'timed out after 10000 ms',
            nextAttemptAt: at(10).toISOString(),
            gaveUp: false,
          },
        },
      ]);
  });

  it('ignores a repeated or out-of-turn attempt (two senders, a restart)', () => {
    given([scheduled, failed(1, 0, 10)])
      .when(attempt(1, 5, { statusCode: 200 }))
      .then([]);
    given([scheduled])
      .when(attempt(3, 5, { statusCode: 200 }))
      .then([]);
  });

  it('gives up at once on a final attempt (the endpoint is disabled)', () => {
    given([scheduled])
      .when(attempt(1, 0, { error: 'endpoint disabled', final: true }))
      .then([
        {
          type: 'WebhookAttemptFailed',
          data: {
            deliveryId: 'd1',
            endpointId: 'w1',
            attempt: 1,
            at: at(0).toISOString(),
            durationMs: 12,
            error: 'endpoint disabled',
            gaveUp: true,
          },
        },
      ]);
  });

  it("resends on the organizer's request, one more attempt; another organizer finds nothing", () => {
    const history = [scheduled, failed(1, 0, 10), failed(2, 10, 20), failed(3, 30)];
    const resend = (actor: Actor, endpointId = 'w1'): WebhookDeliveryCommand => ({
      type: 'ResendWebhookDelivery',
      data: { deliveryId: 'd1', endpointId },
      metadata: { now: at(100), actor },
    });
    const requested: WebhookDeliveryEvent = {
      type: 'WebhookResendRequested',
      data: { deliveryId: 'd1', endpointId: 'w1', requestedBy: 'olga', nextAttemptAt: at(100).toISOString() },
    };
    given(history).when(resend(olga)).then([requested]);
    given(history).when(resend(oscar)).thenFails('webhook.delivery-not-found');
    given(history).when(resend(olga, 'w2')).thenFails('webhook.delivery-not-found');
    given([]).when(resend(olga)).thenFails('webhook.delivery-not-found');
    // The resend's one attempt fails: it gives up again at once.
    given([...history, requested])
      .when(attempt(4, 100, { statusCode: 500 }))
      .then([failed(4, 100)]);
  });
});
