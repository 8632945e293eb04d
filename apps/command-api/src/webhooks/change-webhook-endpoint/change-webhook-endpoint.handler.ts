import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, webhookEndpointsModel } from '@booking/command-pipeline';
import { APP_CONFIG, type AppConfig } from '@booking/platform';
import type { WebhookEndpointResult } from '../register-webhook-endpoint/register-webhook-endpoint.command';
import { ChangeWebhookEndpointCommand } from './change-webhook-endpoint.command';

@CommandHandler(ChangeWebhookEndpointCommand)
export class ChangeWebhookEndpointHandler implements ICommandHandler<ChangeWebhookEndpointCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ data, context }: ChangeWebhookEndpointCommand): Promise<WebhookEndpointResult> {
    const organizerId = context.actor.userId;
    const outcome = await this.pipeline.execute(
      webhookEndpointsModel,
      organizerId,
      {
        type: 'ChangeWebhookEndpoint',
        data: { ...data, organizerId, allowLoopbackHttp: !this.config.webhooks.production },
      },
      context,
    );
    const endpoint = outcome.state.endpoints[data.endpointId];
    if (!endpoint) throw new Error(`Webhook endpoint ${data.endpointId} vanished`);
    const { endpointId, url, eventTypes, enabled } = endpoint;
    return { endpointId, url, eventTypes: [...eventTypes], enabled, position: outcome.position };
  }
}
