import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiExtraModels, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { NotRecorded } from '../../http/idempotency.interceptor';
import { withPosition } from '../../http/position';
import { WEBHOOK_DELIVERY_DESCRIPTION } from '../shared/webhook-operations';
import { WebhookEndpointCreatedAnswer, WebhookPayload } from '../webhooks.answers';
import { RegisterWebhookEndpointCommand } from './register-webhook-endpoint.command';
import { RegisterWebhookEndpointRequest } from './register-webhook-endpoint.request';

@ApiTags('webhooks')
@ApiExtraModels(WebhookPayload)
@Controller('api/webhook-endpoints')
export class RegisterWebhookEndpointController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Authenticated('organizer')
  // The answer carries the signing secret: never recorded in the log for an Idempotency-Key replay.
  @NotRecorded()
  @ApiOperation({
    summary: 'Register a webhook endpoint for your events’ booking and payment notifications',
    description: WEBHOOK_DELIVERY_DESCRIPTION,
  })
  @ApiCreatedResponse({
    type: WebhookEndpointCreatedAnswer,
    description: 'Registered; the answer carries the signing secret, which is not shown again',
  })
  @ApiProblems({
    409: 'You have the most endpoints allowed (webhook.too-many)',
    422: 'A URL that is not https, carries credentials, or points to a private, loopback or internal host (webhook.url-refused)',
  })
  async register(
    @Body() body: RegisterWebhookEndpointRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, ...result } = await this.commands.execute(
      new RegisterWebhookEndpointCommand({
        data: { url: body.url, eventTypes: body.eventTypes, enabled: body.enabled ?? true },
        context,
      }),
    );
    return withPosition(reply, position, result);
  }
}
