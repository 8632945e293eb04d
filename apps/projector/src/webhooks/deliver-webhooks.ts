import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandPipeline, webhookDeliveryModel, webhookEndpointsModel } from '@booking/command-pipeline';
import { ERASED } from '@booking/event-store';
import { APP_CONFIG, type AppConfig, CLOCK, type Clock } from '@booking/platform';
import { READ_MODEL_DIRECTORY, type ReadModelDirectory, type WebhookDeliveryDoc } from '@booking/projections';
import { READ_STORE, type ReadStore } from '@booking/read-store';
import { PeriodicSweep } from '../policies/periodic-sweep';
import { SIGNATURE_HEADER, signWebhook } from './webhook-signature';
import { WEBHOOK_TRANSPORT, type WebhookAnswer, type WebhookTransport } from './webhook-transport';

const SYSTEM_ACTOR = { userId: 'system:webhook-delivery', roles: [] } as const;
/** Deliveries looked at per pass, and sent at once. */
const PAGE = 100;
const PARALLEL = 8;

/**
 * The sender (docs/webhooks.md, "Delivery"): each pass finds the deliveries due in the
 * `webhook-deliveries` read model, checks each on its write-side stream (still pending, due, the
 * attempt's number), signs and POSTs its body through the WebhookTransport port, and records the
 * attempt (RecordWebhookAttempt: delivered, next attempt with backoff, or given up). It sends
 * before it records, so a crash in between sends that attempt again: at least once; receivers
 * deduplicate by the payload's `id`. The schedule is in the log, so a restart resumes it.
 */
@Injectable()
export class DeliverWebhooks extends PeriodicSweep {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(READ_MODEL_DIRECTORY) private readonly directory: ReadModelDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WEBHOOK_TRANSPORT) private readonly transport: WebhookTransport,
  ) {
    super(config.webhooks.sweepEveryMs, new Logger('DeliverWebhooks'));
  }

  /** One pass: every delivery due now gets one attempt; returns how many attempts were recorded. */
  protected async pass(): Promise<number> {
    const name = await this.directory.collectionName('webhook-deliveries');
    if (!name) return 0;
    const now = this.clock.now();
    const due = await this.readStore
      .collection<WebhookDeliveryDoc>(name)
      .find(
        { status: 'pending', nextAttemptAt: { $lte: now.toISOString() } },
        { sort: { nextAttemptAt: 1, _id: 1 }, limit: PAGE },
      );
    let recorded = 0;
    for (let i = 0; i < due.length; i += PARALLEL) {
      const results = await Promise.all(due.slice(i, i + PARALLEL).map((doc) => this.attempt(doc._id)));
      recorded += results.filter(Boolean).length;
    }
    return recorded;
  }

  private async attempt(deliveryId: string): Promise<boolean> {
    const delivery = await this.pipeline.read(webhookDeliveryModel, deliveryId);
    const now = this.clock.now();
    if (delivery.status !== 'pending' || !delivery.nextAttemptAt) return false;
    if (Date.parse(delivery.nextAttemptAt) > now.getTime()) return false; // the read model lags: not due
    const { endpoints } = await this.pipeline.read(webhookEndpointsModel, delivery.organizerId);
    const endpoint = endpoints[delivery.endpointId];
    const attempt = delivery.attempts + 1;
    let answer: WebhookAnswer & { final?: boolean };
    if (!endpoint) answer = { error: 'endpoint deleted', durationMs: 0, final: true };
    else if (!endpoint.enabled) answer = { error: 'endpoint disabled', durationMs: 0, final: true };
    // The organizer was erased (docs/personal-data.md): the secret is shredded, nothing can be signed.
    else if (endpoint.secret === ERASED) answer = { error: 'signing secret erased', durationMs: 0, final: true };
    else {
      const signature = signWebhook(endpoint.secret, delivery.body, Math.floor(now.getTime() / 1000));
      const type = (JSON.parse(delivery.body) as { type: string }).type;
      answer = await this.transport.post(
        endpoint.url,
        delivery.body,
        {
          [SIGNATURE_HEADER]: signature,
          'Booking-Event-Id': delivery.notificationId,
          'Booking-Event-Type': type,
          'Booking-Delivery-Attempt': String(attempt),
          'user-agent': 'BookingPlatform-Webhooks/1',
        },
        this.config.webhooks.timeoutMs,
      );
    }
    await this.pipeline.execute(
      webhookDeliveryModel,
      deliveryId,
      {
        type: 'RecordWebhookAttempt',
        data: { deliveryId, attempt, ...answer, retryBaseMs: this.config.webhooks.retryBaseMs },
      },
      { actor: SYSTEM_ACTOR, correlationId: `webhook-delivery-${deliveryId}` },
    );
    return true;
  }
}
