import { paymentModel, refundModel } from '@booking/command-pipeline';
import { definePolicy } from '../policy';

/**
 * A refund request → the provider (docs/payments.md, "Refunds"). The refund stream (`refund-{id}`,
 * id = the request's event id) opens against the payment the request names (its intent, amount
 * and currency), then the refund goes to the provider under `refund-{id}`, so handling the request
 * again asks the provider for the same refund, never a second one. The provider's answer is
 * recorded (sent; succeeded or failed when it already says so); its webhooks record the rest.
 */
export const refundPayments = definePolicy({
  id: 'policy:refund-payments',
  on: ['RefundRequested'],
  async handle(event, context) {
    const { bookingId, buyerId, paymentId, amount, reason } = event.data;
    const refundId = event.id;
    const payment = await context.read(paymentModel, paymentId);
    const { state, events } = await context.execute(refundModel, refundId, {
      type: 'OpenRefund',
      data: { refundId, bookingId, buyerId, paymentId, amount, reason, payment },
    });
    if (state.status !== 'requested') return;
    const opened = events.find((e) => e.type === 'RefundOpened');
    const intentId = opened?.type === 'RefundOpened' ? opened.data.intentId : payment.intentId;
    if (!intentId) return;
    const gateway = context.refunds;
    // A process without the provider (a projector deployed alone) leaves it to the command API's run.
    if (!gateway) return;
    const answer = await gateway.refund({
      ...(payment.provider ? { provider: payment.provider } : {}),
      intentId,
      amount,
      idempotencyKey: `refund-${refundId}`,
      metadata: { refundId, bookingId },
    });
    if (answer.kind === 'refused') {
      await context.execute(refundModel, refundId, {
        type: 'RecordRefundOutcome',
        data: { refundId, status: 'failed', reason: answer.reason },
      });
      return;
    }
    const { providerRefundId } = answer;
    await context.execute(refundModel, refundId, { type: 'RecordRefundSent', data: { refundId, providerRefundId } });
    if (answer.status !== 'pending') {
      await context.execute(refundModel, refundId, {
        type: 'RecordRefundOutcome',
        data: {
          refundId,
          providerRefundId,
          status: answer.status,
          ...(answer.reason ? { reason: answer.reason } : {}),
        },
      });
    }
  },
});
