import { Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { NotRecorded } from '../../http/idempotency.interceptor';
import { withPosition } from '../../http/position';
import { WebhookSecretAnswer } from '../webhooks.answers';
import { RotateWebhookSecretCommand } from './rotate-webhook-secret.command';

@ApiTags('webhooks')
@Controller('api/webhook-endpoints')
export class RotateWebhookSecretController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':endpointId/secret')
  @HttpCode(200)
  @Authenticated('organizer')
  // The answer carries the signing secret: never recorded in the log for an Idempotency-Key replay.
  @NotRecorded()
  @ApiOkResponse({ type: WebhookSecretAnswer, description: 'A new signing secret, shown once' })
  @ApiProblems({ 404: 'No such endpoint of yours' })
  async rotate(
    @Param('endpointId', new ParseUUIDPipe()) endpointId: string,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, ...result } = await this.commands.execute(
      new RotateWebhookSecretCommand({ data: { endpointId: endpointId.toLowerCase() }, context }),
    );
    return withPosition(reply, position, result);
  }
}
