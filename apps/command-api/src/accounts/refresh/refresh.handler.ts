import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, readState, sessionModel } from '@booking/command-pipeline';
import type { SessionEndReason, SessionState } from '@booking/domain';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { APP_CONFIG, type AppConfig, ProblemException, hashSecret, newSecret, problem } from '@booking/platform';
import type { RequestContext } from '../../http/command-context';
import { AccountDirectory } from '../shared/account-directory';
import type { StartedSession } from '../shared/session-issuer';
import { LogoutCommand, RefreshSessionCommand } from './refresh.command';

/** Sessions are ended and rotated by the system on the token holder's behalf. */
const SYSTEM = { userId: 'system:session', roles: [] } as const;

export const sessionEnded = () =>
  new ProblemException(
    problem(401, 'accounts/refresh-invalid', 'Unauthorized', 'The session has ended; sign in again', {
      code: 'accounts.refresh-invalid',
    }),
  );

@CommandHandler(RefreshSessionCommand)
export class RefreshSessionHandler implements ICommandHandler<RefreshSessionCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly directory: AccountDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ data: { sessionId, secret }, context }: RefreshSessionCommand): Promise<StartedSession> {
    const next = newSecret();
    const outcome = await this.pipeline.execute(
      sessionModel,
      sessionId,
      {
        type: 'RotateRefresh',
        data: {
          sessionId,
          presentedHash: hashSecret(secret),
          newHash: hashSecret(next),
          idleTtlSeconds: this.config.session.idleTtlSeconds,
        },
      },
      { ...context, actor: SYSTEM },
    );
    const session = outcome.state as SessionState;
    if (outcome.events[0]?.type !== 'RefreshRotated' || session.status === 'none') throw sessionEnded();
    const account = await this.directory.account(session.userId);
    if (account.status !== 'active') {
      await endSession(this.pipeline, sessionId, 'disabled', context);
      throw sessionEnded();
    }
    return { account, sessionId, refreshToken: `${sessionId}.${next}`, position: outcome.position };
  }
}

@CommandHandler(LogoutCommand)
export class LogoutHandler implements ICommandHandler<LogoutCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ data: { sessionId, secret }, context }: LogoutCommand): Promise<void> {
    const state = await readState(this.store, sessionModel, sessionId);
    const hash = hashSecret(secret);
    if (state.status === 'active' && (state.currentHash === hash || state.usedHashes.includes(hash)))
      await endSession(this.pipeline, sessionId, 'logout', context);
  }
}

function endSession(pipeline: CommandPipeline, sessionId: string, reason: SessionEndReason, context: RequestContext) {
  return pipeline.execute(
    sessionModel,
    sessionId,
    { type: 'EndSession', data: { sessionId, reason } },
    { ...context, actor: SYSTEM },
  );
}
