import { type AccountState, DomainError, normalizeEmail } from '@booking/domain';
import type { EventStore } from '@booking/event-store';
import { hashSecret, newSecret } from '@booking/platform';
import { type CommandPipeline, accountModel, emailClaimModel, readState } from '@booking/command-pipeline';
import { emailStreamKey } from './email-key';

export type Registration =
  | { status: 'created'; userId: string; verificationSecret: string }
  | { status: 'taken'; account: Exclude<AccountState, { status: 'none' }> };

export type RegistrationInput = {
  email: string;
  displayName: string;
  passwordHash: string;
  /** Social sign-in and the demo seed register addresses that are already verified. */
  verified: boolean;
  verificationTtlSeconds: number;
  userId?: string;
};

/**
 * The one way an account comes to exist: claim the address (its own stream, first claim wins),
 * then register. A claim whose registration never completed (a crash in between) is finished by
 * the next attempt instead of locking the address forever.
 */
export class AccountRegistration {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly store: EventStore,
    private readonly nextId: () => string,
  ) {}

  async register(input: RegistrationInput, correlationId: string): Promise<Registration> {
    const email = normalizeEmail(input.email);
    let userId = input.userId ?? this.nextId();
    // The account acts for itself; its id may change below (a claim left by an earlier attempt).
    const context = () => ({ actor: { userId, roles: [] }, correlationId });
    try {
      await this.pipeline.execute(
        emailClaimModel,
        emailStreamKey(email),
        { type: 'ClaimEmail', data: { email, userId } },
        context(),
      );
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'accounts.email-taken')) throw error;
      const [claim] = await this.store.readStream(`email-${emailStreamKey(email)}`, { maxCount: 1 });
      userId = (claim.data as { userId: string }).userId;
      const account = await this.account(userId);
      if (account.status !== 'none') return { status: 'taken', account };
    }
    const secret = newSecret();
    const data = {
      userId,
      email,
      displayName: input.displayName,
      passwordHash: input.passwordHash,
      verificationHash: hashSecret(secret),
      verificationTtlSeconds: input.verificationTtlSeconds,
    };
    try {
      await this.pipeline.execute(accountModel, userId, { type: 'RegisterAccount', data }, context());
    } catch (error) {
      // Another attempt with this address registered the claim's account first (it finished the
      // same claim, or it is the claimant and this one took the claim for abandoned): taken.
      if (!(error instanceof DomainError && error.code === 'accounts.exists')) throw error;
      const account = await this.account(userId);
      if (account.status === 'none') throw error;
      return { status: 'taken', account };
    }
    if (input.verified) {
      await this.pipeline.execute(
        accountModel,
        userId,
        { type: 'VerifyEmail', data: { userId, tokenHash: hashSecret(secret) } },
        context(),
      );
    }
    return { status: 'created', userId, verificationSecret: secret };
  }

  private async account(userId: string): Promise<AccountState> {
    return readState(this.store, accountModel, userId);
  }
}
