import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../../apps/standalone/src/testing/free-port';

export const repoRoot = join(__dirname, '..', '..', '..');

export { freePort };

export type Child = { url: string; process: ChildProcess; stop(): Promise<void> };

/** Starts a built entry point (dist/...) on a free port and waits until `readyPath` answers. */
export async function startNode(
  entry: string,
  env: Record<string, string>,
  readyPath = '/health',
  timeoutMs = 60_000,
  readyMethod = 'GET',
): Promise<Child> {
  const port = await freePort();
  // BENCH_SERVER_PROFILE=<dir>: the server writes a V8 CPU profile there when it exits.
  const profile = process.env.BENCH_SERVER_PROFILE;
  const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', ...flags, join(repoRoot, entry)], {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}`);
    try {
      const response = await fetch(
        url + readyPath,
        readyMethod === 'GET'
          ? {}
          : { method: readyMethod, headers: { 'content-type': 'application/json' }, body: '{"quantity":1}' },
      );
      if (response.status < 500) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`${entry} did not start in time`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    process: child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
