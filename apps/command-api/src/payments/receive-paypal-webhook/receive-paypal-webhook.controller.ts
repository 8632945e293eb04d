import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblems, ProblemException, tooManyRequests } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { WebhookAnswer } from '../receive-webhook/receive-webhook.controller';
import { ReceivePayPalWebhookCommand } from './receive-paypal-webhook.command';
import { RefusedDeliveries } from './refused-deliveries';

const header = (request: FastifyRequest, name: string) => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
};

@ApiTags('payments')
@Controller('api/payments/webhooks')
export class ReceivePayPalWebhookController {
  constructor(
    private readonly commands: CommandBus,
    private readonly refusals: RefusedDeliveries,
  ) {}

  @Post('paypal')
  @HttpCode(200)
  @ApiBody({ description: 'A PayPal webhook event, as PayPal signed it', schema: { type: 'object' } })
  @ApiHeader({ name: 'paypal-transmission-id', required: true, schema: { type: 'string', minLength: 1 } })
  @ApiHeader({ name: 'paypal-transmission-time', required: true, schema: { type: 'string', minLength: 1 } })
  @ApiHeader({ name: 'paypal-transmission-sig', required: true, schema: { type: 'string', minLength: 1 } })
  @ApiHeader({ name: 'paypal-cert-url', required: true, schema: { type: 'string', minLength: 1 } })
  @ApiHeader({ name: 'paypal-auth-algo', required: true, schema: { type: 'string', minLength: 1 } })
  @ApiOkResponse({ type: WebhookAnswer, description: 'Received (also for a duplicate, which changes nothing)' })
  @ApiProblems({
    400: 'Missing transmission headers, a delivery PayPal does not verify, or not a PayPal event: nothing changed',
    404: 'PayPal is not configured here',
    429: 'Too many refused deliveries from this address in a minute: not checked with PayPal (Retry-After)',
    503: 'PayPal cannot be reached to verify the delivery (PayPal retries it)',
  })
  async receive(
    @Req() request: FastifyRequest & { rawBody?: string },
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const transmission = {
      authAlgo: header(request, 'paypal-auth-algo'),
      certUrl: header(request, 'paypal-cert-url'),
      transmissionId: header(request, 'paypal-transmission-id'),
      transmissionSig: header(request, 'paypal-transmission-sig'),
      transmissionTime: header(request, 'paypal-transmission-time'),
    };
    const wait = this.refusals.waitFor(request.ip);
    if (wait !== undefined) throw tooManyRequests(wait);
    try {
      const { position, ...result } = await this.commands.execute(
        new ReceivePayPalWebhookCommand({ data: { payload: request.rawBody ?? '', transmission }, context }),
      );
      return withPosition(reply, position ?? 0n, result);
    } catch (error) {
      if (error instanceof ProblemException && error.problem.status === 400) this.refusals.refused(request.ip);
      throw error;
    }
  }
}
