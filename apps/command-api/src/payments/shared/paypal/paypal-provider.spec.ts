import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { money } from '@booking/domain';
import { ProblemException } from '@booking/platform';
import { PaymentProviderError, attemptStatus } from '../payment-provider';
import { PayPalClient } from './paypal-client';
import { PayPalPaymentProvider } from './paypal-provider';
import { type PayPalStandIn, startPayPalStandIn } from './testing/paypal-stand-in';

/**
 * The PayPal adapter against the local stand-in of PayPal's API (this folder's README: a
 * stand-in, not PayPal). Each case plays the buyer on the approval page through the stand-in's
 * `approve`.
 */
describe('PayPalPaymentProvider (against the stand-in of PayPal)', () => {
  let paypal: PayPalStandIn;
  let provider: PayPalPaymentProvider;
  const origin = 'https://tickets.example';

  beforeAll(async () => {
    paypal = await startPayPalStandIn({ webhookDelivery: 'manual' });
    const client = new PayPalClient({
      clientId: paypal.clientId,
      clientSecret: paypal.clientSecret,
      apiUrl: paypal.url,
    });
    provider = new PayPalPaymentProvider(client, () => origin, paypal.webhookId);
  });
  afterAll(async () => {
    await paypal.close();
  });

  let n = 0;
  const order = async (amount = money(2500, 'EUR')) => {
    n += 1;
    const paymentId = `0190b000-0000-7000-8000-${String(n).padStart(12, '0')}`;
    const metadata = { paymentId, bookingId: `b-${n}`, idempotencyKey: `attempt-${paymentId}` };
    return provider.createIntent({ amount, idempotencyKey: metadata.idempotencyKey, metadata });
  };
  const approved = async (funding: 'ok' | 'declining' = 'ok') => {
    const created = await order();
    const waiting = await provider.confirmIntent({
      intentId: created.id,
      paymentMethod: 'paypal',
      returnUrl: '/bookings/b',
    });
    await paypal.approve(created.id, { funding });
    return { created, waiting };
  };

  it('creates one order per attempt key, with our ids, waiting for a payment method', async () => {
    const created = await order();
    expect(created).toMatchObject({ status: 'requires_payment_method', amount: money(2500, 'EUR') });
    expect(created.metadata.idempotencyKey).toBe(`attempt-${created.metadata.paymentId}`);
    const again = await provider.createIntent({
      amount: created.amount,
      idempotencyKey: created.metadata.idempotencyKey,
      metadata: created.metadata,
    });
    expect(again.id).toBe(created.id);
    expect((await order()).id).not.toBe(created.id);
  });

  it('sends the buyer to the approval page, with absolute return and cancel URLs on our origin', async () => {
    const created = await order();
    const waiting = await provider.confirmIntent({
      intentId: created.id,
      paymentMethod: 'paypal',
      returnUrl: '/bookings/b-9',
    });
    expect(waiting.status).toBe('requires_action');
    expect(waiting.nextAction?.url).toBe(`${paypal.url}/checkoutnow?token=${created.id}`);
    const sent = paypal.requests().find((r) => r.path.endsWith(`${created.id}/confirm-payment-source`));
    expect(JSON.parse(sent?.body ?? '{}').payment_source.paypal.experience_context).toMatchObject({
      return_url: `${origin}/bookings/b-9/paypal/return`,
      cancel_url: `${origin}/bookings/b-9/paypal/cancel`,
    });
    // Asked again: the order as it is.
    const again = await provider.confirmIntent({
      intentId: created.id,
      paymentMethod: 'paypal',
      returnUrl: '/bookings/b-9',
    });
    expect(again.status).toBe('requires_action');
  });

  it('reads an approved order as processing, captures it once, and a repeated capture charges nothing twice', async () => {
    const { created } = await approved();
    expect((await provider.retrieveIntent(created.id))?.status).toBe('processing');
    const captured = await provider.capture(created.id);
    expect(captured).toMatchObject({ status: 'succeeded', chargeId: expect.any(String) });
    const again = await provider.capture(created.id);
    expect(again).toMatchObject({ status: 'succeeded', chargeId: captured.chargeId });
    const captures = paypal.events().filter((e) => e.event_type === 'PAYMENT.CAPTURE.COMPLETED');
    expect(captures.filter((e) => e.resource.id === captured.chargeId)).toHaveLength(1);
  });

  it('ends the attempt as a decline when PayPal refuses the funding source', async () => {
    const { created } = await approved('declining');
    const declined = await provider.capture(created.id);
    expect(attemptStatus(declined)).toBe('failed');
    expect(declined.lastPaymentError?.declineCode).toBe('instrument_declined');
  });

  it('cancels an attempt on our side (PayPal has no cancel for such an order), but answers a captured one as it is', async () => {
    const created = await order();
    expect(await provider.cancelIntent(created.id, 'abandoned')).toMatchObject({
      status: 'canceled',
      cancellationReason: 'abandoned',
    });
    const { created: paid } = await approved();
    await provider.capture(paid.id);
    expect((await provider.cancelIntent(paid.id, 'abandoned')).status).toBe('succeeded');
    await expect(provider.cancelIntent('ABCDEFGHIJ0123456', 'abandoned')).rejects.toBeInstanceOf(PaymentProviderError);
  });

  it('refunds part and then the rest of the capture, once per key, and never more than was paid', async () => {
    const { created } = await approved();
    await provider.capture(created.id);
    const metadata = { refundId: '0190b000-0000-7000-8000-00000000aaaa', bookingId: 'b-r' };
    const part = await provider.refund({
      intentId: created.id,
      amount: money(1000, 'EUR'),
      idempotencyKey: 'r-1',
      metadata,
    });
    expect(part).toMatchObject({ status: 'succeeded', amount: money(1000, 'EUR'), intentId: created.id, metadata });
    const repeated = await provider.refund({
      intentId: created.id,
      amount: money(1000, 'EUR'),
      idempotencyKey: 'r-1',
      metadata,
    });
    expect(repeated.id).toBe(part.id);
    await expect(
      provider.refund({ intentId: created.id, amount: money(1501, 'EUR'), idempotencyKey: 'r-2' }),
    ).rejects.toBeInstanceOf(PaymentProviderError);
    await expect(
      provider.refund({ intentId: created.id, amount: money(1500, 'USD'), idempotencyKey: 'r-3' }),
    ).rejects.toMatchObject({ code: 'currency_mismatch' });
    const rest = await provider.refund({ intentId: created.id, amount: money(1500, 'EUR'), idempotencyKey: 'r-4' });
    expect(rest.status).toBe('succeeded');
  });

  it('refuses to refund an order that was never captured', async () => {
    const created = await order();
    await expect(
      provider.refund({ intentId: created.id, amount: money(100, 'EUR'), idempotencyKey: 'r-none' }),
    ).rejects.toMatchObject({ code: 'not_captured' });
  });

  it('lists captures and refunds with our ids for reconciliation', async () => {
    const from = new Date(Date.now() - 60_000);
    const { created } = await approved();
    const captured = await provider.capture(created.id);
    const metadata = { refundId: '0190b000-0000-7000-8000-00000000bbbb', bookingId: created.metadata.bookingId };
    const refund = await provider.refund({
      intentId: created.id,
      amount: money(500, 'EUR'),
      idempotencyKey: 'r-s',
      metadata,
    });
    const statement = await provider.statement({ from, to: new Date(Date.now() + 60_000), limit: 1000 });
    expect(statement.truncated).toBe(false);
    expect(statement.records).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'charge',
          id: captured.chargeId,
          amount: money(2500, 'EUR'),
          status: 'succeeded',
          paymentId: created.metadata.paymentId,
          bookingId: created.metadata.bookingId,
        }),
        expect.objectContaining({
          kind: 'refund',
          id: refund.id,
          amount: money(500, 'EUR'),
          refundId: metadata.refundId,
        }),
      ]),
    );
    const few = await provider.statement({ from, to: new Date(Date.now() + 60_000), limit: 1 });
    expect(few).toMatchObject({ truncated: true, records: [expect.anything()] });
  });

  it('has PayPal verify a delivery: what it signed passes, a changed body does not', async () => {
    const received: Array<{ headers: Record<string, string>; body: string }> = [];
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ headers: request.headers as Record<string, string>, body });
        response.end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      paypal.setWebhookUrl(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`);
      await approved();
      await paypal.deliverPending();
      const delivery = received.at(-1);
      if (!delivery) throw new Error('no delivery');
      const headers = {
        'paypal-auth-algo': delivery.headers['paypal-auth-algo'] ?? '',
        'paypal-cert-url': delivery.headers['paypal-cert-url'] ?? '',
        'paypal-transmission-id': delivery.headers['paypal-transmission-id'] ?? '',
        'paypal-transmission-sig': delivery.headers['paypal-transmission-sig'] ?? '',
        'paypal-transmission-time': delivery.headers['paypal-transmission-time'] ?? '',
      };
      expect(await provider.verifyWebhook(headers, JSON.parse(delivery.body))).toBe(true);
      const changed = { ...(JSON.parse(delivery.body) as object), summary: 'changed' };
      expect(await provider.verifyWebhook(headers, changed)).toBe(false);
    } finally {
      paypal.setWebhookUrl(undefined);
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('answers 503 (ours, not PayPal’s words) when PayPal is unreachable or refuses our credentials', async () => {
    const wrongKey = new PayPalPaymentProvider(
      new PayPalClient({ clientId: paypal.clientId, clientSecret: 'wrong', apiUrl: paypal.url }),
      () => origin,
      paypal.webhookId,
    );
    const refusal = await wrongKey.retrieveIntent('ABCDEFGHIJ0123456').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ProblemException);
    expect((refusal as ProblemException).problem.status).toBe(503);
    const closed = new PayPalPaymentProvider(
      new PayPalClient({ clientId: 'a', clientSecret: 'b', apiUrl: 'http://127.0.0.1:9' }, Date.now, 2000),
      () => origin,
      'WH-1',
    );
    const down = await closed.retrieveIntent('ABCDEFGHIJ0123456').catch((error: unknown) => error);
    expect((down as ProblemException).problem.status).toBe(503);
  });

  it('reads an unknown order as none', async () => {
    expect(await provider.retrieveIntent('ABCDEFGHIJ0123456')).toBeUndefined();
  });
});
