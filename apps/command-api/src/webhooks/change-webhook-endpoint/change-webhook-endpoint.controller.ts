import { Body, Controller, Param, ParseUUIDPipe, Patch, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { WebhookEndpointAnswer } from '../webhooks.answers';
import { ChangeWebhookEndpointCommand } from './change-webhook-endpoint.command';
import { ChangeWebhookEndpointRequest } from './change-webhook-endpoint.request';

@ApiTags('webhooks')
@Controller('api/webhook-endpoints')
export class ChangeWebhookEndpointController {
  constructor(private readonly commands: CommandBus) {}

  @Patch(':endpointId')
  @Authenticated('organizer')
  @ApiOkResponse({ type: WebhookEndpointAnswer, description: 'Changed (the same setting again: no change)' })
  @ApiProblems({
    404: 'No such endpoint of yours',
    422: 'A refused URL (webhook.url-refused)',
  })
  async change(
    @Param('endpointId', new ParseUUIDPipe()) endpointId: string,
    @Body() body: ChangeWebhookEndpointRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, ...result } = await this.commands.execute(
      new ChangeWebhookEndpointCommand({
        data: {
          endpointId: endpointId.toLowerCase(),
          ...(body.url !== undefined ? { url: body.url } : {}),
          ...(body.eventTypes !== undefined ? { eventTypes: body.eventTypes } : {}),
          ...(body.enabled !== undefined ? { enabled: body.enabled } : {}),
        },
        context,
      }),
    );
    return withPosition(reply, position, result);
  }
}
