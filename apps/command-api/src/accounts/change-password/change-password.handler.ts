import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, accountModel } from '@booking/command-pipeline';
import { DomainError } from '@booking/domain';
import { CLOCK, type Clock, PasswordHasher } from '@booking/platform';
import { AccountDirectory } from '../shared/account-directory';
import { AccountMail } from '../shared/account-mail';
import { requireStrongPassword } from '../shared/password-rules';
import { SessionRevoker } from '../shared/session-revoker';
import { ChangePasswordCommand, type ChangePasswordResult } from './change-password.command';

@CommandHandler(ChangePasswordCommand)
export class ChangePasswordHandler implements ICommandHandler<ChangePasswordCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly directory: AccountDirectory,
    private readonly hasher: PasswordHasher,
    private readonly revoker: SessionRevoker,
    private readonly mail: AccountMail,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ data, context }: ChangePasswordCommand): Promise<ChangePasswordResult> {
    const account = await this.directory.account(context.actor.userId);
    if (account.status === 'none') throw DomainError.notFound('accounts.not-found', 'No account behind this token');
    requireStrongPassword(data.newPassword, account.email, 'newPassword');
    const currentPasswordOk = await this.hasher.verify(account.passwordHash, data.currentPassword);
    const outcome = await this.pipeline.execute(
      accountModel,
      account.userId,
      {
        type: 'ChangePassword',
        data: { userId: account.userId, currentPasswordOk, passwordHash: await this.hasher.hash(data.newPassword) },
      },
      context,
    );
    const ended = await this.revoker.endAll(
      account.userId,
      'password-changed',
      context.actor,
      context.correlationId,
      data.sessionId,
    );
    await this.mail.send(account.email, 'password-changed', {
      displayName: account.displayName,
      changedAt: context.now ?? this.clock.now(),
    });
    const position = ended.position > outcome.position ? ended.position : outcome.position;
    return { sessionsEnded: ended.ended, position };
  }
}
