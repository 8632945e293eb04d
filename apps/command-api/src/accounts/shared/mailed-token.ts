import { Inject, Injectable } from '@nestjs/common';
import { CommandPipeline, accountModel } from '@booking/command-pipeline';
import type { AccountState } from '@booking/domain';
import { CLOCK, type Clock, composeToken, hashSecret, newSecret } from '@booking/platform';
import type { RequestContext } from '../../http/command-context';
import { AccountMail } from './account-mail';

export const VERIFICATION_TTL_SECONDS = 24 * 3600;
export const RESET_TTL_SECONDS = 3600;

/** The one-time links an account is mailed: the command that records the token's hash, and its lifetime. */
const TOKENS = {
  'verify-email': { type: 'IssueEmailVerification', ttlSeconds: VERIFICATION_TTL_SECONDS },
  'password-reset': { type: 'IssuePasswordReset', ttlSeconds: RESET_TTL_SECONDS },
} as const;

/**
 * Issues a one-time token to an account and mails it the link: only the token's hash goes into the
 * account's stream, the secret only into the mail. The account acts for itself (nobody is signed in).
 */
@Injectable()
export class MailedToken {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly mail: AccountMail,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async send(
    account: Exclude<AccountState, { status: 'none' }>,
    purpose: keyof typeof TOKENS,
    context: RequestContext,
  ): Promise<void> {
    const { type, ttlSeconds } = TOKENS[purpose];
    const { userId } = account;
    const secret = newSecret();
    const expiresAt = new Date(this.clock.now().getTime() + ttlSeconds * 1000);
    await this.pipeline.execute(
      accountModel,
      userId,
      { type, data: { userId, tokenHash: hashSecret(secret), ttlSeconds } },
      { ...context, actor: { userId, roles: [] } },
    );
    await this.mail.send(account.email, purpose, {
      displayName: account.displayName,
      token: composeToken(userId, secret),
      expiresAt,
    });
  }
}
