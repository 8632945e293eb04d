import { money } from '@booking/domain';
import { type PaymentProvider, attemptStatus } from '../payment-provider';

export type PaymentProviderHarness = Readonly<{
  provider: PaymentProvider;
  /** Card numbers (or the adapter's payment-method tokens) for each behaviour. */
  cards: Readonly<{ succeeds: string; insufficientFunds: string; stolen: string; threeDSecure: string }>;
  /** Plays the buyer on the 3-D Secure page (the adapter's test hook). */
  authenticate: (intentId: string, pass: boolean) => Promise<void>;
  close?: () => Promise<void>;
}>;

/**
 * What every payment provider adapter must do (docs/payments.md): one intent per attempt key,
 * Stripe's states, declines with their codes, 3-D Secure, no second charge on a repeated
 * confirm, refunds never above what was paid. Run by each adapter's spec.
 */
export function paymentProviderContract(name: string, open: () => Promise<PaymentProviderHarness>): void {
  describe(`PaymentProvider contract: ${name}`, () => {
    let harness: PaymentProviderHarness | undefined;
    const h = () => {
      if (!harness) throw new Error('harness not open');
      return harness;
    };
    beforeAll(async () => {
      harness = await open();
    });
    afterAll(async () => {
      await harness?.close?.();
    });
    let n = 0;
    const intent = async (amount = 2500) => {
      const key = `contract-${name}-${++n}-${Date.now()}`;
      return h().provider.createIntent({
        amount: money(amount, 'EUR'),
        idempotencyKey: key,
        metadata: { paymentId: `p${n}`, bookingId: `b${n}`, idempotencyKey: key },
      });
    };
    const confirm = (intentId: string, cardNumber: string) =>
      h().provider.confirmIntent({ intentId, paymentMethod: cardNumber, returnUrl: '/bookings/b' });

    it('creates an intent waiting for a payment method, once per idempotency key', async () => {
      const created = await intent();
      expect(created.status).toBe('requires_payment_method');
      expect(created.amount).toEqual(money(2500, 'EUR'));
      const again = await h().provider.createIntent({
        amount: created.amount,
        idempotencyKey: created.metadata.idempotencyKey,
        metadata: created.metadata,
      });
      expect(again.id).toBe(created.id);
      expect((await intent()).id).not.toBe(created.id);
    });

    it('succeeds with the success card, and a repeated confirm returns the same success', async () => {
      const created = await intent();
      const paid = await confirm(created.id, h().cards.succeeds);
      expect(paid.status).toBe('succeeded');
      const again = await confirm(created.id, h().cards.succeeds);
      expect(again.status).toBe('succeeded');
      expect(again.chargeId).toBe(paid.chargeId);
      expect((await h().provider.retrieveIntent(created.id))?.status).toBe('succeeded');
    });

    it.each([
      ['insufficientFunds', 'insufficient_funds'],
      ['stolen', 'stolen_card'],
    ] as const)('declines the %s card with its decline code', async (card, code) => {
      const created = await intent();
      const declined = await confirm(created.id, h().cards[card]);
      expect(attemptStatus(declined)).toBe('failed');
      expect(declined.lastPaymentError?.declineCode).toBe(code);
      expect(declined.chargeId).toBeUndefined();
    });

    it('asks for 3-D Secure with a URL, and succeeds or fails by the buyer’s answer', async () => {
      const passing = await intent();
      const waiting = await confirm(passing.id, h().cards.threeDSecure);
      expect(waiting.status).toBe('requires_action');
      expect(waiting.nextAction?.url).toEqual(expect.any(String));
      await h().authenticate(passing.id, true);
      expect((await h().provider.retrieveIntent(passing.id))?.status).toBe('succeeded');

      const failing = await intent();
      await confirm(failing.id, h().cards.threeDSecure);
      await h().authenticate(failing.id, false);
      const failed = await h().provider.retrieveIntent(failing.id);
      expect(failed && attemptStatus(failed)).toBe('failed');
    });

    it('cancels an intent waiting for 3-D Secure', async () => {
      const created = await intent();
      await confirm(created.id, h().cards.threeDSecure);
      expect((await h().provider.cancelIntent(created.id, 'abandoned')).status).toBe('canceled');
    });

    it('refunds part and then the rest, once per key, and never more than was paid', async () => {
      const created = await intent(3000);
      await confirm(created.id, h().cards.succeeds);
      const part = await h().provider.refund({
        intentId: created.id,
        amount: money(1000, 'EUR'),
        idempotencyKey: `${created.id}-r1`,
      });
      expect(part.status).toBe('succeeded');
      const repeated = await h().provider.refund({
        intentId: created.id,
        amount: money(1000, 'EUR'),
        idempotencyKey: `${created.id}-r1`,
      });
      expect(repeated.id).toBe(part.id);
      await expect(
        h().provider.refund({ intentId: created.id, amount: money(2001, 'EUR'), idempotencyKey: `${created.id}-r2` }),
      ).rejects.toThrow();
      const rest = await h().provider.refund({
        intentId: created.id,
        amount: money(2000, 'EUR'),
        idempotencyKey: `${created.id}-r3`,
      });
      expect(rest.status).toBe('succeeded');
    });

    it('refuses to refund an intent that did not succeed', async () => {
      const created = await intent();
      await confirm(created.id, h().cards.insufficientFunds);
      await expect(
        h().provider.refund({ intentId: created.id, amount: money(100, 'EUR'), idempotencyKey: `${created.id}-r` }),
      ).rejects.toThrow();
    });
  });
}
