import type { AppConfig, Clock } from '@booking/platform';
import { RefusedDeliveries } from './refused-deliveries';

describe('RefusedDeliveries', () => {
  let now = Date.parse('2030-01-01T00:00:00Z');
  const clock: Clock = { now: () => new Date(now) };
  const budget = new RefusedDeliveries({ authRateLimit: 2 } as AppConfig, clock);

  it('lets an address be refused up to the limit in a minute, then makes it wait out the minute', () => {
    expect(budget.waitFor('10.0.0.1')).toBeUndefined();
    budget.refused('10.0.0.1');
    expect(budget.waitFor('10.0.0.1')).toBeUndefined();
    now += 20_000;
    budget.refused('10.0.0.1');
    expect(budget.waitFor('10.0.0.1')).toBe(40); // the minute began with the first refusal
    expect(budget.waitFor('10.0.0.2')).toBeUndefined(); // per address
    now += 39_500;
    expect(budget.waitFor('10.0.0.1')).toBe(1);
    now += 500;
    expect(budget.waitFor('10.0.0.1')).toBeUndefined(); // a new minute
    budget.refused('10.0.0.1');
    expect(budget.waitFor('10.0.0.1')).toBeUndefined(); // counted from one again
  });
});
