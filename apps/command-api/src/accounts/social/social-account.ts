import { Injectable } from '@nestjs/common';
import { CommandPipeline, accountModel } from '@booking/command-pipeline';
import { AccountRegistration } from '../shared/account-registration';
import { type AccountState, DomainError, normalizeEmail } from '@booking/domain';
import type { ExternalIdentity } from '@booking/identity';
import { PasswordHasher, newSecret } from '@booking/platform';
import { AccountDirectory } from '../shared/account-directory';

type Account = Exclude<AccountState, { status: 'none' }>;

/**
 * The account behind a social identity, linked by verified e-mail: an existing account with that
 * address gets the identity linked; otherwise a verified account is created (with an unusable
 * password until the user sets one by reset).
 */
@Injectable()
export class SocialAccount {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly registration: AccountRegistration,
    private readonly directory: AccountDirectory,
    private readonly hasher: PasswordHasher,
  ) {}

  async resolve(identity: ExternalIdentity, correlationId: string): Promise<Account> {
    if (!identity.email || !identity.emailVerified) {
      throw DomainError.validation(
        'accounts.social-email-unverified',
        `${identity.provider} did not vouch for a verified e-mail address`,
      );
    }
    const email = normalizeEmail(identity.email);
    const existing = await this.directory.userIdFor(email);
    let userId: string;
    if (existing && (await this.directory.account(existing)).status !== 'none') {
      userId = existing;
    } else {
      const registration = await this.registration.register(
        {
          email,
          displayName: identity.name?.slice(0, 80) || email.split('@')[0],
          passwordHash: await this.hasher.hash(newSecret()), // unusable until a reset sets one
          verified: true,
          verificationTtlSeconds: 600,
        },
        correlationId,
      );
      userId = registration.status === 'created' ? registration.userId : registration.account.userId;
    }
    const linked = await this.pipeline.execute(
      accountModel,
      userId,
      {
        type: 'LinkExternalIdentity',
        data: { userId, provider: identity.provider, subject: identity.subject },
      },
      { actor: { userId, roles: [] }, correlationId },
    );
    const account = linked.state as AccountState;
    if (account.status === 'none') throw new Error('account vanished while linking');
    return account;
  }
}
