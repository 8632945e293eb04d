import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, IdempotencyStore } from '@booking/command-pipeline';
import { APP_CONFIG, type AppConfig, CLOCK, type Clock, ID_GENERATOR, type IdGenerator } from '@booking/platform';
import { PaymentAttempts } from '../shared/payment-attempts';
import { recordRefundOutcome } from '../shared/refund-outcomes';
import { badWebhook, webhookProviderNotConfigured } from '../shared/webhook-problems';
import { PAYMENT_PROVIDER, type PaymentIntent, type PaymentProvider, type Refund } from '../shared/payment-provider';
import { type ProviderEvent, parseIntentObject, parseRefundObject } from '../shared/test-mode/provider-events';
import { parseStripeIntent, parseStripeRefund, stripeSignatureProblem } from '../shared/stripe/stripe-webhooks';
import { verifySignature } from '../shared/test-mode/webhook-signature';
import { ReceiveWebhookCommand, type ReceiveWebhookResult } from './receive-webhook.command';

const SYSTEM_ACTOR = { userId: 'system:payments-webhook', roles: [] } as const;

/**
 * A signed provider event: verified against the raw body (bad or older than the tolerance: 400,
 * nothing done), handled once per provider event id (a redelivery or duplicate is acknowledged
 * and changes nothing), and the intent it carries written to its attempt's stream, which the
 * booking follows. Order does not matter: the payment decider only moves an attempt forward.
 */
@CommandHandler(ReceiveWebhookCommand)
export class ReceiveWebhookHandler implements ICommandHandler<ReceiveWebhookCommand> {
  constructor(
    private readonly attempts: PaymentAttempts,
    private readonly pipeline: CommandPipeline,
    private readonly seen: IdempotencyStore,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ data, context }: ReceiveWebhookCommand): Promise<ReceiveWebhookResult> {
    // A delivery without its signature is refused as such (400) whichever provider is configured.
    if (!data.signature) throw badWebhook('payments.webhook-signature', 'The signature header is missing');
    if (data.provider !== this.provider.name) throw webhookProviderNotConfigured(data.provider);
    this.verify(data);
    const event = parseEvent(data.payload);
    const scope = `webhook:${data.provider}`;
    if (await this.seen.find(scope, event.id)) return { received: true, duplicate: true, ignored: false };
    const result = await this.handle(data.provider, event, context.correlationId);
    await this.seen.save(
      scope,
      event.id,
      { requestHash: event.type, status: 0, body: { type: event.type } },
      context.correlationId,
      this.ids.next(),
    );
    return result;
  }

  /**
   * The signature over the raw body, with our clock: the embedded provider's (docs/payments.md) or
   * Stripe's `Stripe-Signature`, checked by the Stripe SDK with Stripe's 300 s tolerance.
   */
  private verify(data: ReceiveWebhookCommand['data']): void {
    const nowSeconds = Math.floor(this.clock.now().getTime() / 1000);
    if (data.provider === 'stripe') {
      const secret = this.config.payments.stripe?.webhookSecret ?? '';
      const reason = stripeSignatureProblem(data.payload, data.signature, secret, nowSeconds);
      if (reason) throw badWebhook('payments.webhook-signature', reason);
      return;
    }
    const check = verifySignature(
      data.signature,
      data.payload,
      this.config.payments.testMode.webhookSecret,
      nowSeconds,
    );
    if (!check.ok) throw badWebhook('payments.webhook-signature', check.reason);
  }

  private async handle(
    provider: ReceiveWebhookCommand['data']['provider'],
    event: ProviderEvent,
    correlationId: string,
  ): Promise<ReceiveWebhookResult> {
    const ignored: ReceiveWebhookResult = { received: true, duplicate: false, ignored: true };
    if (event.type.startsWith('charge.refund') || event.type.startsWith('refund.')) {
      // Stripe's charge.refunded carries the charge (ignored); its refund.* events carry the refund.
      if (provider !== 'stripe') return this.handleRefund(parseRefundObject(event.data.object), event, correlationId);
      const refund = parseStripeRefund(event.data.object);
      return refund ? this.handleRefund(refund, event, correlationId) : ignored;
    }
    if (!event.type.startsWith('payment_intent.')) return ignored;
    if (provider === 'stripe') {
      // Signed by Stripe with our endpoint's secret: its word is the provider's. An intent without
      // our metadata was made by something else on the account (a payment link, the dashboard).
      const intent = parseStripeIntent(event.data.object);
      return intent ? this.recordIntent(intent, event, correlationId) : ignored;
    }
    const intent = parseIntentObject(event.data.object);
    if (!intent) throw badWebhook('payments.webhook-payload', 'The event does not carry a payment intent of ours');
    // The embedded provider's secret has a well-known default: its word is checked against its store.
    const known = await this.provider.retrieveIntent(intent.id);
    if (!known || known.metadata.paymentId !== intent.metadata.paymentId) return ignored;
    return this.recordIntent(intent, event, correlationId);
  }

  private async recordIntent(
    intent: PaymentIntent,
    event: ProviderEvent,
    correlationId: string,
  ): Promise<ReceiveWebhookResult> {
    const { position } = await this.attempts.record(this.provider, intent, {
      actor: SYSTEM_ACTOR,
      correlationId,
      causationId: event.id,
    });
    return { received: true, duplicate: false, ignored: false, position };
  }

  /** `charge.refund.updated` / `refund.*`: the refund's final status to its refund stream (shared/refund-outcomes.ts). */
  private async handleRefund(
    refund: Refund | undefined,
    event: ProviderEvent,
    correlationId: string,
  ): Promise<ReceiveWebhookResult> {
    if (!refund?.metadata) throw badWebhook('payments.webhook-payload', 'The event does not carry a refund of ours');
    const position = await recordRefundOutcome(
      this.pipeline,
      { ...refund, metadata: refund.metadata },
      { actor: SYSTEM_ACTOR, correlationId, causationId: event.id },
    );
    return position === undefined
      ? { received: true, duplicate: false, ignored: true }
      : { received: true, duplicate: false, ignored: false, position };
  }
}

function parseEvent(payload: string): ProviderEvent {
  let event: unknown;
  try {
    event = JSON.parse(payload);
  } catch {
    event = undefined;
  }
  const e = event as Partial<ProviderEvent> | undefined;
  if (
    !e ||
    e.object !== 'event' ||
    typeof e.id !== 'string' ||
    !/^evt_[A-Za-z0-9_]{1,64}$/.test(e.id) ||
    typeof e.type !== 'string'
  ) {
    throw badWebhook('payments.webhook-payload', 'The body is not a provider event');
  }
  return e as ProviderEvent;
}
