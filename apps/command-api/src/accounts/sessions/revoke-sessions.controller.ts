import { Controller, Delete, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type AuthenticatedActor, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { SessionRevoker } from '../shared/session-revoker';
import { SessionsRevokedAnswer } from '../accounts.answers';

/** A user ends one of their sessions, or every other one. */
@ApiTags('accounts')
@Controller('api/me/sessions')
export class RevokeSessionsController {
  constructor(private readonly revoker: SessionRevoker) {}

  @Delete(':sessionId')
  @Authenticated()
  @ApiOkResponse({ type: SessionsRevokedAnswer })
  async revokeOne(
    @Param('sessionId', new ParseUUIDPipe()) sessionId: string,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const outcome = await this.revoker.end(sessionId, 'revoked', context.actor, context.correlationId);
    return withPosition(reply, outcome.position, { revoked: outcome.events.length });
  }

  @Delete()
  @Authenticated()
  @ApiOkResponse({ type: SessionsRevokedAnswer, description: 'Ends every session but the current one' })
  async revokeOthers(
    @Req() request: { user: AuthenticatedActor },
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { ended, position } = await this.revoker.endAll(
      context.actor.userId,
      'revoked',
      context.actor,
      context.correlationId,
      request.user.sessionId,
    );
    return withPosition(reply, position, { revoked: ended });
  }
}
