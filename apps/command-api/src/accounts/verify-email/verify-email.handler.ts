import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, accountModel } from '@booking/command-pipeline';
import { DomainError } from '@booking/domain';
import { hashSecret, parseToken } from '@booking/platform';
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

/** An active, unverified account behind the address gets a new link. */
@CommandHandler(ResendVerificationCommand)
export class ResendVerificationHandler implements ICommandHandler<ResendVerificationCommand> {
  constructor(private readonly token: MailedToken) {}

  execute({ data, context }: ResendVerificationCommand): Promise<void> {
    return this.token.sendByAddress(data.email, 'verify-email', context);
  }
}
