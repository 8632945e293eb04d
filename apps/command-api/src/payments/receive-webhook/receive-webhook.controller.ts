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
  @ApiProblems({
    400: 'Missing, bad or expired signature, or not a provider event: nothing changed',
    404: 'The embedded test-mode provider is not the configured one',
  })
  async receive(
    @Req() request: FastifyRequest & { rawBody?: string },
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.receiveFrom('test-mode', request.rawBody, request.headers[SIGNATURE_HEADER], context, reply);
  }

  @Post('stripe')
  @HttpCode(200)
  @ApiBody({ description: 'A Stripe event, signed over its raw bytes', schema: { type: 'object' } })
  @ApiHeader({ name: 'stripe-signature', required: true, description: "Stripe's signature: t=<unix seconds>,v1=<hex>" })
  @ApiOkResponse({ type: WebhookAnswer, description: 'Received (also for a duplicate, which changes nothing)' })
  @ApiProblems({
    400: 'Missing, bad or expired signature, or not a Stripe event: nothing changed',
    404: 'Stripe is not the configured provider',
  })
  async receiveStripe(
    @Req() request: FastifyRequest & { rawBody?: string },
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.receiveFrom('stripe', request.rawBody, request.headers['stripe-signature'], context, reply);
  }

  private async receiveFrom(
    provider: ReceiveWebhookCommand['data']['provider'],
    payload: string | undefined,
    header: string | string[] | undefined,
    context: RequestContext,
    reply: FastifyReply,
  ) {
    const { position, ...result } = await this.commands.execute(
      new ReceiveWebhookCommand({
        data: { provider, payload: payload ?? '', ...(typeof header === 'string' ? { signature: header } : {}) },
        context,
      }),
    );
    return withPosition(reply, position ?? 0n, result);
  }
}
