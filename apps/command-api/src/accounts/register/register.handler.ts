import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { normalizeEmail } from '@booking/domain';
import { CLOCK, type Clock, PasswordHasher, composeToken } from '@booking/platform';
import { AccountMail } from '../shared/account-mail';
import { requireStrongPassword } from '../shared/password-rules';
import { AccountRegistration } from '../shared/account-registration';
import { VERIFICATION_TTL_SECONDS } from '../shared/mailed-token';
import { RegisterCommand } from './register.command';

/** A free address gets its account and a link to confirm it; a taken one gets a mail telling its owner. */
@CommandHandler(RegisterCommand)
export class RegisterHandler implements ICommandHandler<RegisterCommand> {
  constructor(
    private readonly registration: AccountRegistration,
    private readonly mail: AccountMail,
    private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ data, context }: RegisterCommand): Promise<void> {
    const email = normalizeEmail(data.email);
    requireStrongPassword(data.password, email, 'password');
    const passwordHash = await this.hasher.hash(data.password); // before the lookup: same time either way
    const now = context.now ?? this.clock.now();
    const displayName = data.displayName.trim();
    const registration = await this.registration.register(
      { email, displayName, passwordHash, verified: false, verificationTtlSeconds: VERIFICATION_TTL_SECONDS },
      context.correlationId,
    );
    if (registration.status === 'taken') {
      await this.mail.send(email, 'already-registered', {
        displayName: registration.account.displayName,
        attemptedAt: now,
      });
      return;
    }
    const expiresAt = new Date(now.getTime() + VERIFICATION_TTL_SECONDS * 1000);
    const token = composeToken(registration.userId, registration.verificationSecret);
    await this.mail.send(email, 'verify-email', { displayName, token, expiresAt });
  }
}
