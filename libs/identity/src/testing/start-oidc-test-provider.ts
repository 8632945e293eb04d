import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export type OidcTestProvider = Readonly<{
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** An account id the dev login form accepts (its e-mail is verified). */
  account: string;
  stop: () => Promise<void>;
}>;

const SCRIPT = path.join(__dirname, 'oidc-test-provider.mjs');

/**
 * Starts `oidc-provider` (ESM-only) in a child process on the same Node binary as the caller and
 * resolves once it prints its issuer. Closing its stdin stops it, even if this process dies.
 */
export function startOidcTestProvider(timeoutMs = 20_000, env: Record<string, string> = {}): Promise<OidcTestProvider> {
  // Jest sandboxes process.env: pass what the child needs explicitly (e.g. OIDC_TEST_REDIRECT_URIS).
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', SCRIPT], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
  };
  return new Promise((resolve, reject) => {
    let started = false;
    const fail = (reason: string): void => {
      if (started) return;
      started = true;
      clearTimeout(timer);
      void stop();
      reject(new Error(`oidc-test-provider ${reason}\n${stderr}`));
    };
    const timer = setTimeout(() => fail(`did not start within ${timeoutMs} ms`), timeoutMs);
    child.once('exit', (code) => fail(`exited with code ${code}`));
    createInterface({ input: child.stdout }).once('line', (line) => {
      if (started) return;
      started = true;
      clearTimeout(timer);
      resolve({ ...(JSON.parse(line) as Omit<OidcTestProvider, 'stop'>), stop });
    });
  });
}
