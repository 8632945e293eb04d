import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export type StripeMock = Readonly<{ url: string; stop: () => Promise<void> }>;

/** STRIPE_MOCK_BIN points at another build (or, set to a missing path, simulates having none). */
const binary =
  process.env.STRIPE_MOCK_BIN || path.resolve(__dirname, '../../../../../../../.cache/tools/bin/stripe-mock');

function available(): boolean {
  try {
    fs.accessSync(binary, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * stripe-mock (installed by scripts/setup-tools.sh) on a free loopback port, started for one suite.
 * Without it the suite registers a skipped test with a notice, or a failing one under
 * REQUIRE_ALL_TOOLS=1 (CI); the returned getter is then undefined.
 */
export function useStripeMock(suite: string): (() => string) | undefined {
  if (!available()) {
    const notice = `SKIPPED: ${suite} — no stripe-mock at ${binary}; run npm run setup:tools`;
    if (process.env.REQUIRE_ALL_TOOLS === '1') {
      it(`${suite} needs stripe-mock (REQUIRE_ALL_TOOLS=1)`, () => {
        throw new Error(notice.replace('SKIPPED', 'MISSING'));
      });
    } else {
      console.warn(notice);
      it.skip(`${suite} (no stripe-mock)`, () => undefined);
    }
    return undefined;
  }
  let mock: StripeMock | undefined;
  beforeAll(async () => {
    mock = await startStripeMock();
  }, 30_000);
  afterAll(async () => {
    await mock?.stop();
  });
  return () => {
    if (!mock) throw new Error('stripe-mock has not started');
    return mock.url;
  };
}

/**
 * Spawns stripe-mock on ports the OS picks and resolves with its HTTP URL once it says where it
 * listens. Strict about the API version: a request pinned to another version than the spec it
 * serves is refused, so the adapter's pinned version is the one these suites check.
 */
export function startStripeMock(): Promise<StripeMock> {
  const child: ChildProcess = spawn(
    binary,
    ['-http-addr', '127.0.0.1:0', '-https-addr', '127.0.0.1:0', '-strict-version-check'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`stripe-mock did not start in 20 s:\n${output}`));
    }, 20_000);
    const read = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
      const match = /Listening for HTTP at address: (127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', read);
        child.stdout?.resume();
        child.stderr?.resume();
        resolve({ url: `http://${match[1]}`, stop });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`stripe-mock exited (${code}) before listening:\n${output}`));
    });
  });
}
