import { LagMonitor } from './lag-monitor';
import type { LagReport } from './projection-lag';

const report = (head: string): LagReport => ({ head, caughtUp: true, projections: {} });

describe('LagMonitor', () => {
  let now = 0;
  let measured = 0;
  let outcome: () => Promise<LagReport>;
  let shape = 'live:a';
  const monitor = () => {
    now = 0;
    measured = 0;
    shape = 'live:a';
    outcome = async () => report(String(measured));
    return new LagMonitor(
      () => {
        measured++;
        return outcome();
      },
      { maxAgeMs: 1000, now: () => now, shape: () => shape },
    );
  };

  it('measures again at once when what is served changed (a rebuild switched collections)', async () => {
    const lag = monitor();
    await lag.report();
    shape = 'live:b';
    expect((await lag.report()).head).toBe('2');
    expect(measured).toBe(2);
  });

  it('measures once for everyone who asks while a measurement runs or is fresh', async () => {
    const lag = monitor();
    const first = await Promise.all([lag.report(), lag.report(), lag.report()]);
    now = 999;
    const later = await lag.report();
    expect(measured).toBe(1);
    expect([...first, later].map((r) => r.head)).toEqual(['1', '1', '1', '1']);
  });

  it('measures again once the report is older than maxAgeMs', async () => {
    const lag = monitor();
    await lag.report();
    now = 1000;
    expect((await lag.report()).head).toBe('2');
    expect(measured).toBe(2);
  });

  it('shares a failure for maxAgeMs too, then tries again', async () => {
    const lag = monitor();
    outcome = () => Promise.reject(new Error('store down'));
    await expect(lag.report()).rejects.toThrow('store down');
    await expect(lag.report()).rejects.toThrow('store down');
    expect(measured).toBe(1);
    outcome = async () => report('up');
    now = 1000;
    expect((await lag.report()).head).toBe('up');
  });
});
