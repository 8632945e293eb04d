import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, IdempotencyStore } from '@booking/command-pipeline';
import { ID_GENERATOR, type IdGenerator } from '@booking/platform';
import { PaymentProviders } from '../shared/payment-providers';
import { PaymentProviderError } from '../shared/payment-provider';
import { refundOf } from '../shared/paypal/paypal-objects';
import type { PayPalPaymentProvider } from '../shared/paypal/paypal-provider';
import { PayPalReturns } from '../shared/paypal/paypal-returns';
import { recordRefundOutcome } from '../shared/refund-outcomes';
import { badWebhook, webhookProviderNotConfigured } from '../shared/webhook-problems';
import type { ReceiveWebhookResult } from '../receive-webhook/receive-webhook.command';
import { type PayPalTransmission, ReceivePayPalWebhookCommand } from './receive-paypal-webhook.command';

const SYSTEM_ACTOR = { userId: 'system:payments-webhook', roles: [] } as const;

type PayPalEvent = Readonly<{ id: string; event_type: string; resource: Record<string, unknown> }>;

/**
 * A PayPal webhook delivery (docs/payments.md, "PayPal"): its transmission headers are required
 * (400 without), PayPal itself verifies the signature (verify-webhook-signature; 400 when it says
 * FAILURE), each event id is handled once, and then:
 * - CHECKOUT.ORDER.APPROVED: the buyer approved and may never come back: the order is captured
 *   (once) if its attempt is still open, and recorded;
 * - PAYMENT.CAPTURE.*: the capture's order is read from PayPal and recorded (completed, declined,
 *   pending);
 * - PAYMENT.CAPTURE.REFUNDED / PAYMENT.REFUND.*: the refund's outcome goes to our refund stream.
 * Anything else, or an order or refund without our ids, is acknowledged and ignored.
 */
@CommandHandler(ReceivePayPalWebhookCommand)
export class ReceivePayPalWebhookHandler implements ICommandHandler<ReceivePayPalWebhookCommand> {
  constructor(
    private readonly providers: PaymentProviders,
    private readonly returns: PayPalReturns,
    private readonly pipeline: CommandPipeline,
    private readonly seen: IdempotencyStore,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ data, context }: ReceivePayPalWebhookCommand): Promise<ReceiveWebhookResult> {
    const headers = transmissionHeaders(data.transmission);
    const paypal = this.providers.paypal;
    if (!paypal) throw webhookProviderNotConfigured('paypal');
    const event = parseEvent(data.payload);
    // PayPal refusing to check what it was sent (a malformed header) is a refusal too.
    const verified = await paypal
      .verifyWebhook(headers, event)
      .catch((error: unknown) => (error instanceof PaymentProviderError ? false : Promise.reject(error)));
    if (!verified) throw badWebhook('payments.webhook-signature', 'PayPal did not verify this delivery');
    const scope = 'webhook:paypal';
    if (await this.seen.find(scope, event.id)) return { received: true, duplicate: true, ignored: false };
    const position = await this.handle(paypal, event, {
      actor: SYSTEM_ACTOR,
      correlationId: context.correlationId,
      causationId: event.id,
    });
    await this.seen.save(
      scope,
      event.id,
      { requestHash: event.event_type, status: 0, body: { type: event.event_type } },
      context.correlationId,
      this.ids.next(),
    );
    return position === undefined
      ? { received: true, duplicate: false, ignored: true }
      : { received: true, duplicate: false, ignored: false, position };
  }

  private async handle(
    paypal: PayPalPaymentProvider,
    event: PayPalEvent,
    context: { actor: typeof SYSTEM_ACTOR; correlationId: string; causationId: string },
  ): Promise<bigint | undefined> {
    const { event_type: type, resource } = event;
    if (type === 'CHECKOUT.ORDER.APPROVED' || type === 'CHECKOUT.ORDER.COMPLETED') {
      return typeof resource.id === 'string' ? this.returns.fromWebhook(resource.id, context) : undefined;
    }
    if (type === 'PAYMENT.CAPTURE.REFUNDED' || type.startsWith('PAYMENT.REFUND.')) {
      if (typeof resource.id !== 'string') return undefined;
      // PayPal's word on the refund as it is now, not the payload's.
      const current = await paypal.retrieveRefund(resource.id);
      if (!current) return undefined;
      const refund = refundOf(current, '', { amount: 0, currency: 'XXX' });
      if (!refund.metadata) return undefined;
      return recordRefundOutcome(this.pipeline, { ...refund, metadata: refund.metadata }, context);
    }
    if (type.startsWith('PAYMENT.CAPTURE.')) {
      const related = resource.supplementary_data as { related_ids?: { order_id?: unknown } } | undefined;
      const orderId = related?.related_ids?.order_id;
      return typeof orderId === 'string' ? this.returns.fromWebhook(orderId, context) : undefined;
    }
    return undefined;
  }
}

function transmissionHeaders(t: PayPalTransmission) {
  const { authAlgo, certUrl, transmissionId, transmissionSig, transmissionTime } = t;
  if (!authAlgo || !certUrl || !transmissionId || !transmissionSig || !transmissionTime)
    throw badWebhook('payments.webhook-signature', "PayPal's transmission headers are missing");
  return {
    'paypal-auth-algo': authAlgo,
    'paypal-cert-url': certUrl,
    'paypal-transmission-id': transmissionId,
    'paypal-transmission-sig': transmissionSig,
    'paypal-transmission-time': transmissionTime,
  };
}

function parseEvent(payload: string): PayPalEvent {
  let event: unknown;
  try {
    event = JSON.parse(payload);
  } catch {
    event = undefined;
  }
  const e = event as Partial<PayPalEvent> | undefined;
  if (
    !e ||
    typeof e.id !== 'string' ||
    !/^WH-[A-Za-z0-9-]{1,64}$/.test(e.id) ||
    typeof e.event_type !== 'string' ||
    typeof e.resource !== 'object' ||
    e.resource === null
  )
    throw badWebhook('payments.webhook-payload', 'The body is not a PayPal event');
  return e as PayPalEvent;
}
