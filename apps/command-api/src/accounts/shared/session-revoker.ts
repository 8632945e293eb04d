import { Injectable } from '@nestjs/common';
import { CommandPipeline, sessionModel } from '@booking/command-pipeline';
import type { Actor, SessionEndReason } from '@booking/domain';
import { AccountDirectory } from './account-directory';

/** Ends every session of an account (the account stream lists them; each session decides if it is still open). */
@Injectable()
export class SessionRevoker {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly directory: AccountDirectory,
  ) {}

  async endAll(
    userId: string,
    reason: SessionEndReason,
    actor: Actor,
    correlationId: string,
    except?: string,
  ): Promise<{ ended: number; position: bigint }> {
    const account = await this.directory.account(userId);
    let ended = 0;
    let position = 0n;
    if (account.status === 'none') return { ended, position };
    for (const sessionId of account.sessionIds.filter((id) => id !== except)) {
      const outcome = await this.end(sessionId, reason, actor, correlationId);
      ended += outcome.events.length;
      if (outcome.position > position) position = outcome.position;
    }
    return { ended, position };
  }

  end(sessionId: string, reason: SessionEndReason, actor: Actor, correlationId: string) {
    return this.pipeline.execute(
      sessionModel,
      sessionId,
      { type: 'EndSession', data: { sessionId, reason } },
      { actor, correlationId },
    );
  }
}
