import { Controller, Delete, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type AuthenticatedActor, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { NotRecorded } from '../../http/idempotency.interceptor';
import { withPosition } from '../../http/position';
import { SessionsRevokedAnswer } from '../accounts.answers';
import { RevokeOtherSessionsCommand, RevokeSessionCommand } from './revoke-sessions.command';

/** A user ends one of their sessions, or every other one. */
@NotRecorded() // accounts answers carry personal data: never in an idempotency record (docs/personal-data.md)
@ApiTags('accounts')
@Controller('api/me/sessions')
export class RevokeSessionsController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':sessionId')
  @Authenticated()
  @ApiOkResponse({ type: SessionsRevokedAnswer })
  async revokeOne(
    @Param('sessionId', new ParseUUIDPipe()) sessionId: string,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, revoked } = await this.commands.execute(
      new RevokeSessionCommand({ data: { sessionId }, context }),
    );
    return withPosition(reply, position, { revoked });
  }

  @Delete()
  @Authenticated()
  @ApiOkResponse({ type: SessionsRevokedAnswer, description: 'Ends every session but the current one' })
  async revokeOthers(
    @Req() request: { user: AuthenticatedActor },
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, revoked } = await this.commands.execute(
      new RevokeOtherSessionsCommand({ data: { exceptSessionId: request.user.sessionId }, context }),
    );
    return withPosition(reply, position, { revoked });
  }
}
