import { Inject, Injectable } from '@nestjs/common';
import { CommandPipeline, accountModel } from '@booking/command-pipeline';
import type { AccountState } from '@booking/domain';
import { CLOCK, type Clock, composeToken, hashSecret, newSecret } from '@booking/platform';
import type { RequestContext } from '../../http/command-context';
import { AccountDirectory } from './account-directory';
import { AccountMail } from './account-mail';

export const VERIFICATION_TTL_SECONDS = 24 * 3600;
export const RESET_TTL_SECONDS = 3600;

type Account = Exclude<AccountState, { status: 'none' }>;

/**
 * The one-time links an account is mailed: the command that records the token's hash, its
 * lifetime, and which accounts get one when asked by address.
 */
const TOKENS = {
  'verify-email': {
    type: 'IssueEmailVerification',
    ttlSeconds: VERIFICATION_TTL_SECONDS,
    wanted: (account: Account) => account.status === 'active' && !account.emailVerified,
  },
  'password-reset': {
    type: 'IssuePasswordReset',
    ttlSeconds: RESET_TTL_SECONDS,
    wanted: (account: Account) => account.status === 'active',
  },
} as const;
type Purpose = keyof typeof TOKENS;

/**
 * Issues a one-time token to an account and mails it the link: only the token's hash goes into the
 * account's stream, the secret only into the mail. The account acts for itself (nobody is signed in).
 */
@Injectable()
export class MailedToken {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly directory: AccountDirectory,
    private readonly mail: AccountMail,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Asked for by address: sent only when it names an account that wants one (nothing tells the asker which). */
  async sendByAddress(email: string, purpose: Purpose, context: RequestContext): Promise<void> {
    const userId = await this.directory.userIdFor(email);
    const account = userId ? await this.directory.account(userId) : undefined;
    if (account && account.status !== 'none' && TOKENS[purpose].wanted(account))
      await this.send(account, purpose, context);
  }

  async send(account: Account, purpose: Purpose, context: RequestContext): Promise<void> {
    const { type, ttlSeconds } = TOKENS[purpose];
    const { userId } = account;
    const secret = newSecret();
    const expiresAt = new Date((context.now ?? this.clock.now()).getTime() + ttlSeconds * 1000);
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
