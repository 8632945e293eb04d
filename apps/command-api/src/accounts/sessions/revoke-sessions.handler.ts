import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { SessionRevoker } from '../shared/session-revoker';
import { RevokeOtherSessionsCommand, RevokeSessionCommand, type RevokeSessionsResult } from './revoke-sessions.command';

@CommandHandler(RevokeSessionCommand)
export class RevokeSessionHandler implements ICommandHandler<RevokeSessionCommand> {
  constructor(private readonly revoker: SessionRevoker) {}

  async execute({ data, context }: RevokeSessionCommand): Promise<RevokeSessionsResult> {
    const outcome = await this.revoker.end(data.sessionId, 'revoked', context.actor, context.correlationId);
    return { revoked: outcome.events.length, position: outcome.position };
  }
}

@CommandHandler(RevokeOtherSessionsCommand)
export class RevokeOtherSessionsHandler implements ICommandHandler<RevokeOtherSessionsCommand> {
  constructor(private readonly revoker: SessionRevoker) {}

  async execute({ data, context }: RevokeOtherSessionsCommand): Promise<RevokeSessionsResult> {
    const { actor, correlationId } = context;
    const { ended, position } = await this.revoker.endAll(
      actor.userId,
      'revoked',
      actor,
      correlationId,
      data.exceptSessionId,
    );
    return { revoked: ended, position };
  }
}
