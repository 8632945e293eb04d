import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@booking/event-store';
import { CommandPipeline, emailClaimModel } from '@booking/command-pipeline';
import { ManualClock } from '@booking/platform';
import { emailStreamKey } from './email-key';
import { AccountRegistration } from './account-registration';

const now = new Date('2030-01-01T00:00:00Z');
const input = (displayName: string) => ({
  email: 'race@example.com',
  displayName,
  passwordHash: 'hash',
  verified: false,
  verificationTtlSeconds: 3600,
});

describe('account registration', () => {
  it('gives an address to exactly one of several attempts finishing the same claim at once', async () => {
    const store = new SqliteEventStore({ path: ':memory:' });
    const pipeline = new CommandPipeline(store, randomUUID, { clock: new ManualClock(now) });
    const registration = new AccountRegistration(pipeline, store, randomUUID);
    // A claim whose registration never happened (the claimant stopped in between), or is still on its way.
    const claimant = randomUUID();
    await pipeline.execute(
      emailClaimModel,
      emailStreamKey('race@example.com'),
      {
        type: 'ClaimEmail',
        data: { email: 'race@example.com', userId: claimant },
      },
      { actor: { userId: claimant, roles: [] }, correlationId: 'c' },
    );
    const outcomes = await Promise.all(
      ['Ann', 'Bob', 'Cy', 'Di'].map((name) => registration.register(input(name), randomUUID())),
    );
    expect(outcomes.filter((o) => o.status === 'created')).toHaveLength(1);
    const taken = outcomes.filter((o) => o.status === 'taken');
    expect(taken).toHaveLength(3);
    const created = outcomes.find((o) => o.status === 'created');
    expect(created).toMatchObject({ userId: claimant });
    for (const outcome of taken) expect(outcome.account).toMatchObject({ userId: claimant });
    await store.close();
  });
});
