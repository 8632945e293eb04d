import { NotFoundException } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { WebhookDeliveryDoc, WebhookEndpointDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import type { WebhookDeliveriesView } from '../webhooks.views';
import { WEBHOOK_DELIVERIES_LIMIT, WebhookDeliveriesQuery } from './webhook-deliveries.query';

@QueryHandler(WebhookDeliveriesQuery)
export class WebhookDeliveriesHandler implements IQueryHandler<WebhookDeliveriesQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { organizerId, endpointId, status } }: WebhookDeliveriesQuery): Promise<WebhookDeliveriesView> {
    const endpoint = await this.readModels.findById<WebhookEndpointDoc>('webhook-endpoints', endpointId);
    // Another organizer's endpoint reads as none at all.
    if (!endpoint || endpoint.organizerId !== organizerId)
      throw new NotFoundException(`No webhook endpoint ${endpointId}`);
    const deliveries = await this.readModels.collection<WebhookDeliveryDoc>('webhook-deliveries');
    const docs = await deliveries.find(
      { endpointId, organizerId, ...(status ? { status } : {}) },
      { sort: { createdAt: -1, _id: -1 }, limit: WEBHOOK_DELIVERIES_LIMIT },
    );
    return {
      items: docs.map(({ _id, _position: _ignored, organizerId: _own, ...rest }) => ({ deliveryId: _id, ...rest })),
    };
  }
}
