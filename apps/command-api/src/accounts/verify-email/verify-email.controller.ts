import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Throttled } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { NotRecorded } from '../../http/idempotency.interceptor';
import { withPosition } from '../../http/position';
import { EmailVerifiedAnswer, MessageAnswer } from '../accounts.answers';
import { ResendVerificationCommand, VerifyEmailCommand } from './verify-email.command';
import { ResendVerificationRequest, VerifyEmailRequest } from './verify-email.request';

@NotRecorded() // accounts answers carry personal data: never in an idempotency record (docs/personal-data.md)
@ApiTags('accounts')
@Controller('api/accounts')
export class VerifyEmailController {
  constructor(private readonly commands: CommandBus) {}

  @Throttled()
  @Post('verify-email')
  @HttpCode(200)
  @ApiOkResponse({ type: EmailVerifiedAnswer })
  async verify(
    @Body() body: VerifyEmailRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position } = await this.commands.execute(new VerifyEmailCommand({ data: { token: body.token }, context }));
    return withPosition(reply, position, { verified: true });
  }

  /** Same answer for any address. */
  @Throttled()
  @Post('resend-verification')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: MessageAnswer })
  async resend(@Body() body: ResendVerificationRequest, @CommandRequest() context: RequestContext) {
    await this.commands.execute(new ResendVerificationCommand({ data: { email: body.email }, context }));
    return { message: 'If that address has an unverified account, a new link is on its way.' };
  }
}
