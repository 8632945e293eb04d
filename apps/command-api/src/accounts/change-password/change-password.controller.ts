import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type AuthenticatedActor, Authenticated, Throttled } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { NotRecorded } from '../../http/idempotency.interceptor';
import { withPosition } from '../../http/position';
import { PasswordChangedAnswer } from '../accounts.answers';
import { ChangePasswordCommand } from './change-password.command';
import { ChangePasswordRequest } from './change-password.request';

/** A signed-in user changes their password: the current one is required; every other session ends. */
@NotRecorded()
@ApiTags('accounts')
@Controller('api/me/password')
export class ChangePasswordController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @Throttled()
  @Authenticated()
  @ApiOkResponse({ type: PasswordChangedAnswer, description: 'Every other session ended' })
  async change(
    @Body() body: ChangePasswordRequest,
    @Req() request: { user: AuthenticatedActor },
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { currentPassword, newPassword } = body;
    const { position, sessionsEnded } = await this.commands.execute(
      new ChangePasswordCommand({
        data: { currentPassword, newPassword, sessionId: request.user.sessionId },
        context,
      }),
    );
    return withPosition(reply, position, { changed: true, sessionsEnded });
  }
}
