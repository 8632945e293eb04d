import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, accountModel } from '@booking/command-pipeline';
import { DomainError } from '@booking/domain';
import { hashSecret, parseToken } from '@booking/platform';
import { AccountDirectory } from '../shared/account-directory';
import { MailedToken } from '../shared/mailed-token';
import { ResendVerificationCommand, VerifyEmailCommand, type VerifyEmailResult } from './verify-email.command';

const invalid = () => DomainError.validation('accounts.token-invalid', 'This link is invalid or has expired');

@CommandHandler(VerifyEmailCommand)
export class VerifyEmailHandler implements ICommandHandler<VerifyEmailCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ data, context }: VerifyEmailCommand): Promise<VerifyEmailResult> {
    const token = parseToken(data.token);
    if (!token) throw invalid();
    try {
      const outcome = await this.pipeline.execute(
        accountModel,
        token.id,
        { type: 'VerifyEmail', data: { userId: token.id, tokenHash: hashSecret(token.secret) } },
        { ...context, actor: { userId: token.id, roles: [] } },
      );
      return { position: outcome.position };
    } catch (error) {
      // An unknown account reads as an invalid link too: the answer tells nobody which accounts exist.
      if (error instanceof DomainError && error.code === 'accounts.not-found') throw invalid();
      throw error;
    }
  }
}

@CommandHandler(ResendVerificationCommand)
export class ResendVerificationHandler implements ICommandHandler<ResendVerificationCommand> {
  constructor(
    private readonly directory: AccountDirectory,
    private readonly token: MailedToken,
  ) {}

  async execute({ data, context }: ResendVerificationCommand): Promise<void> {
    const userId = await this.directory.userIdFor(data.email);
    const account = userId ? await this.directory.account(userId) : undefined;
    if (account && account.status === 'active' && !account.emailVerified)
      await this.token.send(account, 'verify-email', context);
  }
}
