import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, accountModel } from '@booking/command-pipeline';
import { ProblemException, problem } from '@booking/platform';
import { SessionIssuer, type StartedSession } from '../shared/session-issuer';
import { SocialAccount } from './social-account';
import { SocialLoginCommand } from './social-login.command';

/** The account behind the identity (linked or created) signs in like a password login, and gets a session. */
@CommandHandler(SocialLoginCommand)
export class SocialLoginHandler implements ICommandHandler<SocialLoginCommand> {
  constructor(
    private readonly accounts: SocialAccount,
    private readonly sessions: SessionIssuer,
    private readonly pipeline: CommandPipeline,
  ) {}

  async execute({ data, context }: SocialLoginCommand): Promise<StartedSession> {
    const account = await this.accounts.resolve(data.identity, context.correlationId);
    const sessionId = this.sessions.newSessionId();
    const login = await this.pipeline.execute(
      accountModel,
      account.userId,
      {
        type: 'RecordLogin',
        data: {
          userId: account.userId,
          sessionId,
          passwordOk: true,
          ip: data.ip,
          device: `${data.device} via ${data.providerName}`,
        },
      },
      { ...context, actor: { userId: account.userId, roles: [] } },
    );
    if (login.events[0]?.type !== 'LoginSucceeded')
      throw new ProblemException(
        problem(403, 'accounts/disabled', 'Forbidden', 'This account cannot sign in now', {
          code: 'accounts.login-refused',
        }),
      );
    const client = { ip: data.ip, device: data.device };
    const { refreshToken, position } = await this.sessions.start(account, sessionId, client, context.correlationId);
    return { account, sessionId, refreshToken, position };
  }
}
