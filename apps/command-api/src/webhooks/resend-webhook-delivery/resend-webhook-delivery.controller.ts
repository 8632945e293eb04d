import { Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { WebhookResendAnswer } from '../webhooks.answers';
import { ResendWebhookDeliveryCommand } from './resend-webhook-delivery.command';

@ApiTags('webhooks')
@Controller('api/webhook-endpoints')
export class ResendWebhookDeliveryController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':endpointId/deliveries/:deliveryId/resend')
  @HttpCode(202)
  @Authenticated('organizer')
  @ApiAcceptedResponse({
    type: WebhookResendAnswer,
    description: 'One more attempt is due now, with the same body and event id (a resend that fails is not retried)',
  })
  @ApiProblems({ 404: 'No such delivery of this endpoint of yours' })
  async resend(
    @Param('endpointId', new ParseUUIDPipe()) endpointId: string,
    @Param('deliveryId', new ParseUUIDPipe()) deliveryId: string,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, ...result } = await this.commands.execute(
      new ResendWebhookDeliveryCommand({
        data: { endpointId: endpointId.toLowerCase(), deliveryId: deliveryId.toLowerCase() },
        context,
      }),
    );
    return withPosition(reply, position, result);
  }
}
