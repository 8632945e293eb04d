import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, accountModel } from '@booking/command-pipeline';
import { CLOCK, type Clock, PasswordHasher, ProblemException, problem } from '@booking/platform';
import { AccountDirectory } from '../shared/account-directory';
import { AccountMail } from '../shared/account-mail';
import { SessionIssuer, type StartedSession } from '../shared/session-issuer';
import { LoginCommand } from './login.command';

const badCredentials = () =>
  new ProblemException(
    problem(401, 'accounts/bad-credentials', 'Unauthorized', 'The e-mail address or password is wrong', {
      code: 'accounts.bad-credentials',
    }),
  );

/** Every attempt on an existing account is an event; five bad passwords lock it for 15 minutes. */
@CommandHandler(LoginCommand)
export class LoginHandler implements ICommandHandler<LoginCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly directory: AccountDirectory,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionIssuer,
    private readonly mail: AccountMail,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ data, context }: LoginCommand): Promise<StartedSession> {
    const userId = await this.directory.userIdFor(data.email);
    const account = userId ? await this.directory.account(userId) : undefined;
    if (!account || account.status === 'none') {
      await this.hasher.verifyAgainstNothing(data.password);
      throw badCredentials();
    }
    const passwordOk = await this.hasher.verify(account.passwordHash, data.password);
    const sessionId = this.sessions.newSessionId();
    const client = { ip: data.ip, device: data.device };
    const outcome = await this.pipeline.execute(
      accountModel,
      account.userId,
      { type: 'RecordLogin', data: { userId: account.userId, sessionId, passwordOk, ...client } },
      { ...context, actor: { userId: account.userId, roles: [] } },
    );
    const [first, second] = outcome.events;
    if (first.type === 'LoginSucceeded') {
      const { refreshToken, position } = await this.sessions.start(account, sessionId, client, context.correlationId);
      return { account: { ...account, failures: [], lockedUntil: 0 }, sessionId, refreshToken, position };
    }
    const state = outcome.state;
    if (second?.type === 'AccountLocked')
      await this.mail.send(account.email, 'account-locked', {
        displayName: account.displayName,
        lockedUntil: second.data.until,
      });
    if (
      first.type === 'LoginFailed' &&
      (first.data.reason === 'locked' || second?.type === 'AccountLocked') &&
      state.status !== 'none'
    ) {
      const seconds = Math.max(1, Math.ceil((state.lockedUntil - (context.now ?? this.clock.now()).getTime()) / 1000));
      throw new ProblemException(
        problem(
          429,
          'accounts/locked',
          'Too Many Requests',
          `Too many failed attempts; try again in ${seconds} seconds`,
          { code: 'accounts.locked' },
        ),
        { 'retry-after': String(seconds) },
      );
    }
    if (first.type === 'LoginFailed' && first.data.reason === 'disabled' && passwordOk) {
      throw new ProblemException(
        problem(403, 'accounts/disabled', 'Forbidden', 'This account is disabled', { code: 'accounts.disabled' }),
      );
    }
    throw badCredentials();
  }
}
