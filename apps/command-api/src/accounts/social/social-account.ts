import { Injectable, Inject } from '@nestjs/common';
import { CommandPipeline, accountModel, emailClaimModel, emailStreamKey } from '@booking/command-pipeline';
import { type AccountState, DomainError, normalizeEmail } from '@booking/domain';
import type { ExternalIdentity } from '@booking/identity';
import {
  CLOCK,
  type Clock,
  ID_GENERATOR,
  type IdGenerator,
  PasswordHasher,
  hashSecret,
  newSecret,
} from '@booking/platform';
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
    private readonly directory: AccountDirectory,
    private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async resolve(identity: ExternalIdentity, correlationId: string): Promise<Account> {
    if (!identity.email || !identity.emailVerified) {
      throw DomainError.validation(
        'accounts.social-email-unverified',
        `${identity.provider} did not vouch for a verified e-mail address`,
      );
    }
    const email = normalizeEmail(identity.email);
    const context = { correlationId };
    let userId = await this.directory.userIdFor(email);
    let account = userId ? await this.directory.account(userId) : undefined;
    if (!userId || !account || account.status === 'none') {
      userId ??= this.ids.next();
      const actor = { userId, roles: [] };
      const now = this.clock.now();
      await this.pipeline.execute(
        emailClaimModel,
        emailStreamKey(email),
        { type: 'ClaimEmail', data: { email, userId }, metadata: { now, actor } },
        context,
      );
      const secret = newSecret();
      const data = {
        userId,
        email,
        displayName: identity.name?.slice(0, 80) || email.split('@')[0],
        passwordHash: await this.hasher.hash(newSecret()),
        verificationHash: hashSecret(secret),
        verificationTtlSeconds: 600,
      };
      await this.pipeline.execute(
        accountModel,
        userId,
        { type: 'RegisterAccount', data, metadata: { now, actor } },
        context,
      );
      await this.pipeline.execute(
        accountModel,
        userId,
        { type: 'VerifyEmail', data: { userId, tokenHash: hashSecret(secret) }, metadata: { now, actor } },
        context,
      );
    }
    const linked = await this.pipeline.execute(
      accountModel,
      userId,
      {
        type: 'LinkExternalIdentity',
        data: { userId, provider: identity.provider, subject: identity.subject },
        metadata: { now: this.clock.now(), actor: { userId, roles: [] } },
      },
      context,
    );
    account = linked.state as AccountState;
    if (account.status === 'none') throw new Error('account vanished while linking');
    return account;
  }
}
