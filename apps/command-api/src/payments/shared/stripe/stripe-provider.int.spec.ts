import { money } from '@booking/domain';
import { PaymentProviderError } from '../payment-provider';
import { STRIPE_API_VERSION, StripePaymentProvider, stripeClient } from './stripe-provider';
import { recordingProxy } from './testing/recording-proxy';
import { useStripeMock } from './testing/stripe-mock';

/**
 * The Stripe adapter against stripe-mock (Stripe's API mock, answering from Stripe's OpenAPI spec
 * with -strict-version-check): every request the adapter makes must be one Stripe's API accepts,
 * under the API version the adapter pins, and every answer must read back into the port's terms.
 * stripe-mock keeps no state, so the contract's stateful cases (a second confirm returning the same
 * charge, declines, 3-D Secure outcomes, refund totals) are judged elsewhere: docs/payments.md,
 * "Stripe", lists each case and where it is covered.
 */
const mock = useStripeMock('Stripe adapter on stripe-mock');
if (mock) {
  describe('Stripe adapter on stripe-mock', () => {
    let proxy: Awaited<ReturnType<typeof recordingProxy>>;
    let provider: StripePaymentProvider;
    const metadata = {
      paymentId: '0190b000-0000-7000-8000-000000000001',
      bookingId: '0190b000-0000-7000-8000-000000000002',
      idempotencyKey: 'attempt-0190b000-0000-7000-8000-000000000001',
    };

    beforeAll(async () => {
      proxy = await recordingProxy(mock());
      provider = new StripePaymentProvider(
        stripeClient({ secretKey: 'sk_test_contract', apiUrl: proxy.url }),
        () => 'https://tickets.example',
      );
    });
    afterAll(async () => {
      await proxy.close();
    });
    beforeEach(() => proxy.take());

    it('creates an intent with automatic payment methods and our metadata, under the attempt’s key', async () => {
      const created = await provider.createIntent({
        amount: money(2500, 'EUR'),
        idempotencyKey: 'attempt-k1',
        metadata,
      });
      expect(created).toMatchObject({
        id: expect.stringMatching(/^pi_/),
        status: 'requires_payment_method',
        amount: money(2500, 'EUR'),
        metadata,
      });
      const [sent] = proxy.take();
      expect(sent).toMatchObject({ method: 'POST', path: '/v1/payment_intents' });
      expect(sent?.headers['idempotency-key']).toBe('attempt-k1');
      expect(sent?.headers['stripe-version']).toBe(STRIPE_API_VERSION);
      expect(sent?.form).toEqual({
        amount: '2500',
        currency: 'eur',
        'automatic_payment_methods[enabled]': 'true',
        'metadata[paymentId]': metadata.paymentId,
        'metadata[bookingId]': metadata.bookingId,
        'metadata[idempotencyKey]': metadata.idempotencyKey,
      });
    });

    it('confirms with the PaymentMethod from the Payment Element, returning to our own origin', async () => {
      const confirmed = await provider.confirmIntent({
        intentId: 'pi_contract1',
        paymentMethod: 'pm_card_visa',
        returnUrl: `/bookings/${metadata.bookingId}`,
      });
      expect(confirmed.id).toBe('pi_contract1');
      const [sent] = proxy.take();
      expect(sent).toMatchObject({ method: 'POST', path: '/v1/payment_intents/pi_contract1/confirm' });
      expect(sent?.form).toEqual({
        payment_method: 'pm_card_visa',
        return_url: `https://tickets.example/bookings/${metadata.bookingId}`,
      });
    });

    it('retrieves an intent', async () => {
      expect((await provider.retrieveIntent('pi_contract2'))?.id).toBe('pi_contract2');
      expect(proxy.take()).toMatchObject([{ method: 'GET', path: '/v1/payment_intents/pi_contract2' }]);
    });

    it.each([
      ['abandoned', 'abandoned'],
      ['expired', 'requested_by_customer'],
    ])('cancels (our reason %s is Stripe’s %s)', async (reason, stripeReason) => {
      await provider.cancelIntent('pi_contract3', reason);
      expect(proxy.take()).toMatchObject([
        {
          method: 'POST',
          path: '/v1/payment_intents/pi_contract3/cancel',
          form: { cancellation_reason: stripeReason },
        },
      ]);
    });

    it('refunds to the intent under the refund’s key, after checking the payment’s currency', async () => {
      // stripe-mock's intent fixture is in USD, whatever was asked for it.
      const paidIn = (await provider.retrieveIntent('pi_contract4'))?.amount.currency ?? 'USD';
      proxy.take();
      const refunded = await provider.refund({
        intentId: 'pi_contract4',
        amount: money(1000, paidIn),
        idempotencyKey: 'refund-r1',
        metadata: { refundId: 'r-1', bookingId: metadata.bookingId },
      });
      expect(refunded).toMatchObject({ id: expect.stringMatching(/^re_/), amount: money(1000, paidIn) });
      const [check, sent] = proxy.take();
      expect(check).toMatchObject({ method: 'GET', path: '/v1/payment_intents/pi_contract4' });
      expect(sent).toMatchObject({ method: 'POST', path: '/v1/refunds' });
      expect(sent?.headers['idempotency-key']).toBe('refund-r1');
      expect(sent?.form).toEqual({
        payment_intent: 'pi_contract4',
        amount: '1000',
        'metadata[refundId]': 'r-1',
        'metadata[bookingId]': metadata.bookingId,
      });
    });

    it('refuses a refund in another currency than the payment’s, before asking Stripe to refund', async () => {
      const paidIn = (await provider.retrieveIntent('pi_contract5'))?.amount.currency;
      const other = paidIn === 'EUR' ? 'GBP' : 'EUR';
      proxy.take();
      await expect(
        provider.refund({ intentId: 'pi_contract5', amount: money(1000, other), idempotencyKey: 'refund-r2' }),
      ).rejects.toThrow(PaymentProviderError);
      expect(proxy.take().map((r) => r.path)).toEqual(['/v1/payment_intents/pi_contract5']);
    });

    it('lists the period’s charges (with their intents, for our metadata) and refunds for a statement', async () => {
      const from = new Date('2027-03-01T00:00:00Z');
      const to = new Date('2027-03-02T00:00:00Z');
      const statement = await provider.statement({ from, to, limit: 1000 });
      expect(statement.coveredFrom).toEqual(from);
      expect(statement.records.length).toBeGreaterThan(0);
      for (const record of statement.records) {
        expect(record).toMatchObject({
          kind: expect.stringMatching(/^(charge|refund)$/),
          id: expect.stringMatching(/^(ch|py|re)_/),
          amount: { amount: expect.any(Number), currency: expect.stringMatching(/^[A-Z]{3}$/) },
          status: expect.stringMatching(/^(succeeded|pending|failed)$/),
        });
      }
      const [charges, refunds] = proxy.take();
      expect(charges).toMatchObject({ method: 'GET', path: '/v1/charges' });
      expect(charges?.form).toEqual({
        'created[gte]': String(from.getTime() / 1000),
        'created[lt]': String(to.getTime() / 1000),
        limit: '100',
        'expand[0]': 'data.payment_intent',
      });
      expect(refunds).toMatchObject({ method: 'GET', path: '/v1/refunds' });
      expect(await provider.statement({ from, to, limit: 1 })).toMatchObject({ truncated: true });
    });

    it('a request Stripe’s API refuses (400) is a PaymentProviderError, for a 4xx to our caller', async () => {
      const refused = provider.createIntent({
        amount: { amount: 10.5, currency: 'EUR' },
        idempotencyKey: 'attempt-k2',
        metadata,
      });
      await expect(refused).rejects.toThrow(PaymentProviderError);
    });

    it('saves cards: a customer under the person’s key, a SetupIntent confirmed for off-session use, default and detach', async () => {
      const customer = await provider.savedCards.createCustomer({ userId: 'u-1', idempotencyKey: 'customer-u-1' });
      expect(customer.id).toMatch(/^cus_/);
      const [created] = proxy.take();
      expect(created).toMatchObject({ method: 'POST', path: '/v1/customers' });
      expect(created?.headers['idempotency-key']).toBe('customer-u-1');
      expect(created?.form).toEqual({ 'metadata[userId]': 'u-1' });

      // stripe-mock's SetupIntent fixture is not succeeded: read as a card not saved (the success path
      // is stripe-saved-cards.spec.ts, with Stripe-shaped objects).
      const outcome = await provider.savedCards.saveCard({
        customerId: customer.id,
        paymentMethod: 'pm_card_visa',
        idempotencyKey: 'setup-k1',
      });
      expect(outcome).toMatchObject({ status: 'failed', setupIntentId: expect.stringMatching(/^seti_/) });
      const [setup] = proxy.take();
      expect(setup).toMatchObject({ method: 'POST', path: '/v1/setup_intents' });
      expect(setup?.headers['idempotency-key']).toBe('setup-k1');
      expect(setup?.form).toEqual({
        customer: customer.id,
        payment_method: 'pm_card_visa',
        confirm: 'true',
        usage: 'off_session',
        'automatic_payment_methods[enabled]': 'true',
        'automatic_payment_methods[allow_redirects]': 'never',
        'expand[0]': 'payment_method',
      });

      await provider.savedCards.setDefaultCard(customer.id, 'pm_card_visa');
      const [update] = proxy.take();
      expect(update).toMatchObject({ method: 'POST', path: `/v1/customers/${customer.id}` });
      expect(update?.form).toEqual({ 'invoice_settings[default_payment_method]': 'pm_card_visa' });

      await provider.savedCards.removeCard('pm_card_visa');
      expect(proxy.take()[0]).toMatchObject({ method: 'POST', path: '/v1/payment_methods/pm_card_visa/detach' });
    });

    it('pays with a saved card as the customer’s', async () => {
      await provider.createIntent({
        amount: money(2500, 'EUR'),
        idempotencyKey: 'attempt-k3',
        metadata,
        customerId: 'cus_1',
      });
      expect(proxy.take()[0]?.form).toMatchObject({ customer: 'cus_1', amount: '2500' });
    });
  });
}
