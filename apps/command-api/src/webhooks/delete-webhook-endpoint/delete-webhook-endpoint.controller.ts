import { Controller, Delete, HttpCode, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { WebhookEndpointDeletedAnswer } from '../webhooks.answers';
import { DeleteWebhookEndpointCommand } from './delete-webhook-endpoint.command';

@ApiTags('webhooks')
@Controller('api/webhook-endpoints')
export class DeleteWebhookEndpointController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':endpointId')
  @HttpCode(200)
  @Authenticated('organizer')
  @ApiOkResponse({ type: WebhookEndpointDeletedAnswer, description: 'Deleted (again: no change)' })
  @ApiProblems({ 404: 'No such endpoint of yours' })
  async remove(
    @Param('endpointId', new ParseUUIDPipe()) endpointId: string,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, ...result } = await this.commands.execute(
      new DeleteWebhookEndpointCommand({ data: { endpointId: endpointId.toLowerCase() }, context }),
    );
    return withPosition(reply, position, result);
  }
}
