import { Query } from '@nestjs/cqrs';
import type { WebhookEndpointsView } from '../webhooks.views';

/** One organizer's endpoints. */
export class ListWebhookEndpointsQuery extends Query<WebhookEndpointsView> {
  constructor(readonly args: Readonly<{ organizerId: string }>) {
    super();
  }
}
