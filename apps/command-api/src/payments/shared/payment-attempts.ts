import { Injectable } from '@nestjs/common';
import { CommandPipeline, type CommandContext, paymentModel } from '@booking/command-pipeline';
import type { PaymentState } from '@booking/domain';
import { PolicyExecutor, bookingPayments, issueInvoices, refundPayments } from '@booking/process-managers';
import { type PaymentIntent, type PaymentProvider, attemptStatus } from './payment-provider';

/**
 * Writes what the provider says about an intent to its attempt's stream (`payment-{id}`, named in
 * the intent's metadata), and lets the booking learn it at once (the booking-payments policy,
 * inline; the projector runs it from its checkpoint too). Used by the payment request, the
 * 3-D Secure return and the webhooks alike: a repeat or a stale answer appends nothing. `provider`
 * is the one that answered (the card provider, or PayPal).
 */
@Injectable()
export class PaymentAttempts {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly policies: PolicyExecutor,
  ) {}

  async record(
    provider: Pick<PaymentProvider, 'name'>,
    intent: PaymentIntent,
    context: CommandContext,
  ): Promise<{ state: PaymentState; position: bigint }> {
    const { paymentId, bookingId, idempotencyKey } = intent.metadata;
    const status = attemptStatus(intent);
    const recorded = await this.pipeline.execute(
      paymentModel,
      paymentId,
      {
        type: 'RecordIntentStatus',
        data: {
          paymentId,
          bookingId,
          amount: intent.amount,
          provider: provider.name,
          intentId: intent.id,
          idempotencyKey,
          status,
          ...(intent.nextAction ? { nextActionUrl: intent.nextAction.url } : {}),
          ...(status === 'failed' && intent.lastPaymentError ? { reason: intent.lastPaymentError.declineCode } : {}),
          ...(status === 'canceled' ? { reason: intent.cancellationReason ?? 'canceled' } : {}),
          ...(intent.chargeId ? { chargeId: intent.chargeId } : {}),
        },
      },
      // Untagged: one request may record several answers on this stream (confirm, then 3-D Secure),
      // and the decider already makes a repeat append nothing.
      { ...context, expectedRevision: undefined, idempotencyTag: undefined },
    );
    // The invoice of a booking this payment confirmed is issued before the answer (issue-invoices).
    const settled = await this.policies.react(bookingPayments, recorded, context.correlationId, [
      issueInvoices,
      refundPayments,
    ]);
    return { state: recorded.state, position: settled > recorded.position ? settled : recorded.position };
  }
}
