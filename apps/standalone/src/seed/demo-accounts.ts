import { Inject, Injectable } from '@nestjs/common';
import { CommandPipeline, accountModel, emailClaimModel, emailStreamKey } from '@booking/command-pipeline';
import {
  CLOCK,
  type Clock,
  DEMO_PASSWORD,
  DEMO_PERSONAS,
  PasswordHasher,
  hashSecret,
  newSecret,
} from '@booking/platform';

const SEEDER = { userId: 'system:demo-seed', roles: ['admin'] as const };

/** One verified account per role, made through the same commands a real sign-up uses. */
@Injectable()
export class DemoAccounts {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async seed(): Promise<void> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const context = { correlationId: 'demo-seed' };
    for (const persona of Object.values(DEMO_PERSONAS)) {
      const now = this.clock.now();
      const userId = persona.id;
      const actor = { userId, roles: [] };
      await this.pipeline.execute(
        emailClaimModel,
        emailStreamKey(persona.email),
        { type: 'ClaimEmail', data: { email: persona.email, userId }, metadata: { now, actor } },
        context,
      );
      const secret = newSecret();
      await this.pipeline.execute(
        accountModel,
        userId,
        {
          type: 'RegisterAccount',
          data: {
            userId,
            email: persona.email,
            displayName: persona.name,
            passwordHash,
            verificationHash: hashSecret(secret),
            verificationTtlSeconds: 3600,
          },
          metadata: { now, actor },
        },
        context,
      );
      await this.pipeline.execute(
        accountModel,
        userId,
        { type: 'VerifyEmail', data: { userId, tokenHash: hashSecret(secret) }, metadata: { now, actor } },
        context,
      );
      for (const role of persona.roles.filter((r) => r !== 'attendee')) {
        await this.pipeline.execute(
          accountModel,
          userId,
          { type: 'GrantRole', data: { userId, role }, metadata: { now, actor: SEEDER } },
          context,
        );
      }
    }
  }
}
