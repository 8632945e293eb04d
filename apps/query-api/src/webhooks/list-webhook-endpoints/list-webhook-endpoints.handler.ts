import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { WEBHOOK_EVENT_TYPES } from '@booking/domain';
import type { WebhookEndpointDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import type { WebhookEndpointsView } from '../webhooks.views';
import { ListWebhookEndpointsQuery } from './list-webhook-endpoints.query';

@QueryHandler(ListWebhookEndpointsQuery)
export class ListWebhookEndpointsHandler implements IQueryHandler<ListWebhookEndpointsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { organizerId } }: ListWebhookEndpointsQuery): Promise<WebhookEndpointsView> {
    const endpoints = await this.readModels.collection<WebhookEndpointDoc>('webhook-endpoints');
    const docs = await endpoints.find({ organizerId }, { sort: { createdAt: 1, _id: 1 } });
    return {
      items: docs.map(({ _id, _position: _ignored, organizerId: _own, ...rest }) => ({ endpointId: _id, ...rest })),
      eventTypes: [...WEBHOOK_EVENT_TYPES],
    };
  }
}
