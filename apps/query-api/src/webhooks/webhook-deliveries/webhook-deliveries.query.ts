import { Query } from '@nestjs/cqrs';
import type { WebhookDeliveriesView } from '../webhooks.views';

/** The most deliveries one answer lists (the newest). */
export const WEBHOOK_DELIVERIES_LIMIT = 100;

/** The delivery log of one endpoint of `organizerId` (another's: 404). */
export class WebhookDeliveriesQuery extends Query<WebhookDeliveriesView> {
  constructor(readonly args: Readonly<{ organizerId: string; endpointId: string; status?: string }>) {
    super();
  }
}
