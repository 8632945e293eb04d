import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, accountModel } from '@booking/command-pipeline';
import { SessionRevoker } from '../shared/session-revoker';
import {
  ChangeAccountCommand,
  DisableAccountCommand,
  type DisableAccountResult,
  EndUserSessionsCommand,
  type EndUserSessionsResult,
  type ManageUserResult,
} from './manage-users.command';

@CommandHandler(ChangeAccountCommand)
export class ChangeAccountHandler implements ICommandHandler<ChangeAccountCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ data: change, context }: ChangeAccountCommand): Promise<ManageUserResult> {
    const outcome = await this.pipeline.execute(accountModel, change.data.userId, change, context);
    return { changed: outcome.events.length > 0, position: outcome.position };
  }
}

@CommandHandler(DisableAccountCommand)
export class DisableAccountHandler implements ICommandHandler<DisableAccountCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly revoker: SessionRevoker,
  ) {}

  async execute({ data, context }: DisableAccountCommand): Promise<DisableAccountResult> {
    const outcome = await this.pipeline.execute(accountModel, data.userId, { type: 'DisableAccount', data }, context);
    const revoked = await this.revoker.endAll(data.userId, 'disabled', context.actor, context.correlationId);
    return {
      changed: outcome.events.length > 0,
      sessionsEnded: revoked.ended,
      position: revoked.position > outcome.position ? revoked.position : outcome.position,
    };
  }
}

@CommandHandler(EndUserSessionsCommand)
export class EndUserSessionsHandler implements ICommandHandler<EndUserSessionsCommand> {
  constructor(private readonly revoker: SessionRevoker) {}

  async execute({ data, context }: EndUserSessionsCommand): Promise<EndUserSessionsResult> {
    const { ended, position } = await this.revoker.endAll(data.userId, 'revoked', context.actor, context.correlationId);
    return { revoked: ended, position };
  }
}
