import { Injectable } from '@nestjs/common';
import { AccountRegistration } from '@booking/command-api';
import { CommandPipeline, accountModel } from '@booking/command-pipeline';
import { DEMO_PASSWORD, DEMO_PERSONAS, PasswordHasher } from '@booking/platform';

const SEEDER = { userId: 'system:demo-seed', roles: ['admin'] as const };

/** One verified account per role, made through the same commands a real sign-up uses. */
@Injectable()
export class DemoAccounts {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly registration: AccountRegistration,
    private readonly hasher: PasswordHasher,
  ) {}

  async seed(): Promise<void> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    for (const persona of Object.values(DEMO_PERSONAS)) {
      await this.registration.register(
        {
          userId: persona.id,
          email: persona.email,
          displayName: persona.name,
          passwordHash,
          verified: true,
          verificationTtlSeconds: 3600,
        },
        'demo-seed',
      );
      for (const role of persona.roles.filter((r) => r !== 'attendee')) {
        const grant = {
          type: 'GrantRole' as const,
          data: { userId: persona.id, role },
        };
        await this.pipeline.execute(accountModel, persona.id, grant, { actor: SEEDER, correlationId: 'demo-seed' });
      }
    }
  }
}
