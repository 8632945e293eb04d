import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, webhookEndpointsModel } from '@booking/command-pipeline';
import { APP_CONFIG, type AppConfig, ID_GENERATOR, type IdGenerator } from '@booking/platform';
import { mintId } from '../../http/command-context';
import { WebhookSecrets } from '../shared/webhook-secrets';
import { RegisterWebhookEndpointCommand, type WebhookEndpointResult } from './register-webhook-endpoint.command';

/** A new endpoint on the caller's own stream, with a fresh secret (answered once). */
@CommandHandler(RegisterWebhookEndpointCommand)
export class RegisterWebhookEndpointHandler implements ICommandHandler<RegisterWebhookEndpointCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly secrets: WebhookSecrets,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({
    data,
    context,
  }: RegisterWebhookEndpointCommand): Promise<WebhookEndpointResult & { secret: string }> {
    const organizerId = context.actor.userId;
    const endpointId = mintId(context, this.ids, 'webhook-endpoint');
    const outcome = await this.pipeline.execute(
      webhookEndpointsModel,
      organizerId,
      {
        type: 'RegisterWebhookEndpoint',
        data: {
          organizerId,
          endpointId,
          url: data.url,
          eventTypes: data.eventTypes,
          enabled: data.enabled,
          secret: this.secrets.mint(),
          allowLoopbackHttp: !this.config.webhooks.production,
        },
      },
      context,
    );
    const endpoint = outcome.state.endpoints[endpointId];
    if (!endpoint) throw new Error(`Webhook endpoint ${endpointId} was not registered`);
    const { url, eventTypes, enabled, secret } = endpoint;
    return { endpointId, url, eventTypes: [...eventTypes], enabled, secret, position: outcome.position };
  }
}
