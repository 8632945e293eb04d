import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiHeader, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblems } from '@booking/platform';
import { CommandAnswer } from '../../http/command-answer';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { SIGNATURE_HEADER } from '../shared/test-mode/webhook-signature';
import { ReceiveWebhookCommand } from './receive-webhook.command';

export class WebhookAnswer extends CommandAnswer {
  @ApiProperty({ enum: [true] }) received!: boolean;
  @ApiProperty({ description: 'This event id was handled before: nothing was done again' }) duplicate!: boolean;
  @ApiProperty({ description: 'Signed, but about nothing this app follows' }) ignored!: boolean;
}

@ApiTags('payments')
@Controller('api/payments/webhooks')
export class ReceiveWebhookController {
  constructor(private readonly commands: CommandBus) {}

  @Post('test-mode')
  @HttpCode(200)
  @ApiBody({ description: 'A provider event (Stripe-shaped), signed over its raw bytes', schema: { type: 'object' } })
  @ApiHeader({
    name: SIGNATURE_HEADER,
    required: true,
    description: 't=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">',
  })
  @ApiOkResponse({ type: WebhookAnswer, description: 'Received (also for a duplicate, which changes nothing)' })
  @ApiProblems({ 400: 'Missing, bad or expired signature, or not a provider event: nothing changed' })
  async receive(
    @Req() request: FastifyRequest & { rawBody?: string },
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const header = request.headers[SIGNATURE_HEADER];
    const { position, ...result } = await this.commands.execute(
      new ReceiveWebhookCommand({
        data: {
          provider: 'test-mode',
          payload: request.rawBody ?? '',
          ...(typeof header === 'string' ? { signature: header } : {}),
        },
        context,
      }),
    );
    return withPosition(reply, position ?? 0n, result);
  }
}
