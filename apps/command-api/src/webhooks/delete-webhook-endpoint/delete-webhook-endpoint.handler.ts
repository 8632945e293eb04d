import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, webhookEndpointsModel } from '@booking/command-pipeline';
import { DeleteWebhookEndpointCommand, type DeleteWebhookEndpointResult } from './delete-webhook-endpoint.command';

/** Gone: nothing more is sent to it; its retries still pending give up at their next turn. */
@CommandHandler(DeleteWebhookEndpointCommand)
export class DeleteWebhookEndpointHandler implements ICommandHandler<DeleteWebhookEndpointCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ data: { endpointId }, context }: DeleteWebhookEndpointCommand): Promise<DeleteWebhookEndpointResult> {
    const organizerId = context.actor.userId;
    const outcome = await this.pipeline.execute(
      webhookEndpointsModel,
      organizerId,
      { type: 'DeleteWebhookEndpoint', data: { organizerId, endpointId } },
      context,
    );
    return { endpointId, deleted: true, position: outcome.position };
  }
}
