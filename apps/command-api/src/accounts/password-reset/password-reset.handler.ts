import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, accountModel } from '@booking/command-pipeline';
import { DomainError } from '@booking/domain';
import { CLOCK, type Clock, PasswordHasher, hashSecret, parseToken } from '@booking/platform';
import { AccountDirectory } from '../shared/account-directory';
import { AccountMail } from '../shared/account-mail';
import { requireStrongPassword } from '../shared/password-rules';
import { MailedToken } from '../shared/mailed-token';
import { SessionRevoker } from '../shared/session-revoker';
import { RequestPasswordResetCommand, ResetPasswordCommand, type ResetPasswordResult } from './password-reset.command';

const invalid = () => DomainError.validation('accounts.token-invalid', 'This link is invalid or has expired');

/** An active account behind the address gets a reset link. */
@CommandHandler(RequestPasswordResetCommand)
export class RequestPasswordResetHandler implements ICommandHandler<RequestPasswordResetCommand> {
  constructor(private readonly token: MailedToken) {}

  execute({ data, context }: RequestPasswordResetCommand): Promise<void> {
    return this.token.sendByAddress(data.email, 'password-reset', context);
  }
}

@CommandHandler(ResetPasswordCommand)
export class ResetPasswordHandler implements ICommandHandler<ResetPasswordCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly directory: AccountDirectory,
    private readonly mail: AccountMail,
    private readonly hasher: PasswordHasher,
    private readonly revoker: SessionRevoker,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ data, context }: ResetPasswordCommand): Promise<ResetPasswordResult> {
    const token = parseToken(data.token);
    const account = token ? await this.directory.account(token.id) : undefined;
    if (!token || !account || account.status === 'none') throw invalid();
    requireStrongPassword(data.password, account.email, 'password');
    const actor = { userId: account.userId, roles: [] };
    const outcome = await this.pipeline.execute(
      accountModel,
      account.userId,
      {
        type: 'ResetPassword',
        data: {
          userId: account.userId,
          tokenHash: hashSecret(token.secret),
          passwordHash: await this.hasher.hash(data.password),
        },
      },
      { ...context, actor },
    );
    const revoked = await this.revoker.endAll(account.userId, 'password-changed', actor, context.correlationId);
    await this.mail.send(account.email, 'password-changed', {
      displayName: account.displayName,
      changedAt: context.now ?? this.clock.now(),
    });
    const position = revoked.position > outcome.position ? revoked.position : outcome.position;
    return { sessionsEnded: revoked.ended, position };
  }
}
