import { type Actor, scenario } from '../kernel';
import type { WebhookEndpointsCommand } from './webhooks.commands';
import { webhookEndpointsDecider } from './webhooks.decider';
import { fold } from '../kernel';
import type { WebhookEndpointsEvent } from './webhooks.events';
import { MAX_WEBHOOK_ENDPOINTS } from './webhooks.types';
import { checkWebhookUrl } from './webhooks.url';

const now = new Date('2030-01-01T12:00:00.000Z');
const olga: Actor = { userId: 'olga', roles: ['organizer'] };
const oscar: Actor = { userId: 'oscar', roles: ['organizer'] };
const SECRET = 'whsec_' + 'a'.repeat(40);
const meta = (actor: Actor = olga) => ({ now, actor });

const register = (over: Partial<Extract<WebhookEndpointsCommand, { type: 'RegisterWebhookEndpoint' }>['data']> = {}) =>
  ({
    type: 'RegisterWebhookEndpoint',
    data: {
      organizerId: 'olga',
      endpointId: 'w1',
      url: 'https://hooks.example.com/booking',
      eventTypes: ['payment.succeeded', 'booking.confirmed'],
      enabled: true,
      secret: SECRET,
      allowLoopbackHttp: false,
      ...over,
    },
    metadata: meta(),
  }) as WebhookEndpointsCommand;
const registered = (endpointId = 'w1'): WebhookEndpointsEvent => ({
  type: 'WebhookEndpointRegistered',
  data: {
    endpointId,
    organizerId: 'olga',
    url: 'https://hooks.example.com/booking',
    eventTypes: ['booking.confirmed', 'payment.succeeded'],
    enabled: true,
    secret: SECRET,
    registeredAt: now.toISOString(),
  },
});

describe('webhook endpoints decider', () => {
  const { given } = scenario(webhookEndpointsDecider);

  it('registers an https endpoint with its event types, in a stable order', () => {
    given([]).when(register()).then([registered()]);
  });

  it('refuses URLs that are not https, carry credentials, or point inside the network', () => {
    for (const url of [
      'http://hooks.example.com/x',
      'ftp://hooks.example.com/x',
      'not a url',
      'https://user:pw@hooks.example.com/',
      'https://127.0.0.1/x',
      'https://localhost/x',
      'https://localhost./x',
      'https://api.localhost/x',
      'https://10.1.2.3/x',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/x',
      'https://[fd00::1]/x',
      'https://[::ffff:192.168.0.1]/x',
      'https://2130706433/x', // 127.0.0.1 written as a number
      'https://db.internal/x',
      'https://intranet/x',
    ])
      given([]).when(register({ url })).thenFails('webhook.url-refused');
  });

  it('lets http reach loopback outside production, and only loopback', () => {
    expect(checkWebhookUrl('http://127.0.0.1:4000/hook', true)).toBe('http://127.0.0.1:4000/hook');
    expect(checkWebhookUrl('http://localhost:4000/hook', true)).toBe('http://localhost:4000/hook');
    expect(() => checkWebhookUrl('http://10.0.0.5/hook', true)).toThrow(/refused/);
    expect(() => checkWebhookUrl('http://example.com/hook', true)).toThrow(/refused/);
  });

  it('refuses unknown or no event types', () => {
    given([])
      .when(register({ eventTypes: ['booking.exploded'] }))
      .thenFails('webhook.unknown-event-type');
    given([])
      .when(register({ eventTypes: [] }))
      .thenFails('webhook.no-event-types');
  });

  it('limits the endpoints of one organizer', () => {
    const many = Array.from({ length: MAX_WEBHOOK_ENDPOINTS }, (_, i) => registered(`w${i + 10}`));
    given(many).when(register()).thenFails('webhook.too-many');
  });

  it("answers another organizer's endpoint as not found", () => {
    const asOscar = { ...register(), metadata: meta(oscar) } as WebhookEndpointsCommand;
    given([]).when(asOscar).thenFails('webhook.not-found');
    given([registered()])
      .when({ type: 'DeleteWebhookEndpoint', data: { organizerId: 'olga', endpointId: 'w1' }, metadata: meta(oscar) })
      .thenFails('webhook.not-found');
  });

  it('disables, rotates and deletes; a change to the same setting or a second delete does nothing', () => {
    const change = (data: Record<string, unknown>): WebhookEndpointsCommand => ({
      type: 'ChangeWebhookEndpoint',
      data: { organizerId: 'olga', endpointId: 'w1', allowLoopbackHttp: false, ...data },
      metadata: meta(),
    });
    given([registered()])
      .when(change({ enabled: false }))
      .then([
        {
          type: 'WebhookEndpointChanged',
          data: {
            endpointId: 'w1',
            organizerId: 'olga',
            url: 'https://hooks.example.com/booking',
            eventTypes: ['booking.confirmed', 'payment.succeeded'],
            enabled: false,
            changedAt: now.toISOString(),
          },
        },
      ]);
    given([registered()])
      .when(change({ enabled: true }))
      .then([]);
    given([registered()])
      .when(change({ url: 'http://example.com' }))
      .thenFails('webhook.url-refused');
    const secret = 'whsec_' + 'b'.repeat(40);
    given([registered()])
      .when({ type: 'RotateWebhookSecret', data: { organizerId: 'olga', endpointId: 'w1', secret }, metadata: meta() })
      .then([{ type: 'WebhookSecretRotated', data: { organizerId: 'olga', endpointId: 'w1', secret } }]);
    const deleted: WebhookEndpointsEvent = {
      type: 'WebhookEndpointDeleted',
      data: { organizerId: 'olga', endpointId: 'w1' },
    };
    const del: WebhookEndpointsCommand = {
      type: 'DeleteWebhookEndpoint',
      data: { organizerId: 'olga', endpointId: 'w1' },
      metadata: meta(),
    };
    given([registered()]).when(del).then([deleted]);
    given([registered(), deleted]).when(del).then([]);
    given([registered(), deleted])
      .when(change({ enabled: false }))
      .thenFails('webhook.not-found');
  });

  it('delivers from its registration on, and from when it is enabled again', () => {
    const change = (enabled: boolean, changedAt: string): WebhookEndpointsEvent => ({
      type: 'WebhookEndpointChanged',
      data: {
        endpointId: 'w1',
        organizerId: 'olga',
        url: 'https://hooks.example.com/booking',
        eventTypes: ['booking.confirmed'],
        enabled,
        changedAt,
      },
    });
    const since = (events: WebhookEndpointsEvent[]) =>
      fold(webhookEndpointsDecider, events).endpoints.w1?.deliversSince;
    expect(since([registered()])).toBe(now.toISOString());
    expect(since([registered(), change(false, '2030-01-02T00:00:00.000Z')])).toBe(now.toISOString());
    expect(
      since([registered(), change(false, '2030-01-02T00:00:00.000Z'), change(true, '2030-01-03T00:00:00.000Z')]),
    ).toBe('2030-01-03T00:00:00.000Z');
  });
});
