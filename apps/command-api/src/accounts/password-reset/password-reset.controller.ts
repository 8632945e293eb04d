import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Throttled } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { NotRecorded } from '../../http/idempotency.interceptor';
import { withPosition } from '../../http/position';
import { MessageAnswer, PasswordResetAnswer } from '../accounts.answers';
import { RequestPasswordResetCommand, ResetPasswordCommand } from './password-reset.command';
import { PasswordResetConfirmation, PasswordResetRequest } from './password-reset.request';

@NotRecorded()
@ApiTags('auth')
@Controller('api/auth/password-reset')
export class PasswordResetController {
  constructor(private readonly commands: CommandBus) {}

  /** Same answer whether or not the address has an account. */
  @Throttled()
  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: MessageAnswer })
  async request(@Body() body: PasswordResetRequest, @CommandRequest() context: RequestContext) {
    await this.commands.execute(new RequestPasswordResetCommand({ data: { email: body.email }, context }));
    return { message: 'If that address has an account, a reset link is on its way.' };
  }

  /** Sets the new password and ends every session of the account. */
  @Throttled()
  @Post('confirm')
  @HttpCode(200)
  @ApiOkResponse({ type: PasswordResetAnswer, description: 'Every session ended' })
  async confirm(
    @Body() body: PasswordResetConfirmation,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { token, password } = body;
    const { position, sessionsEnded } = await this.commands.execute(
      new ResetPasswordCommand({ data: { token, password }, context }),
    );
    return withPosition(reply, position, { reset: true, sessionsEnded });
  }
}
