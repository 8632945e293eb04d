import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type S3TestServer = Readonly<{
  endpoint: string;
  bucket: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  stop: () => Promise<void>;
}>;

type S3rverInstance = { run(): Promise<AddressInfo>; close(): Promise<void> };
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance;

const PROBE = `const S3rver = require('s3rver');
const s = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: require('os').tmpdir() });
s.run().then(() => s.close()).then(() => process.exit(0), (e) => { console.error(e && e.message); process.exit(1); });`;

/** Why an S3 server cannot be started here, or undefined when it can (checked once, synchronously). */
export function s3rverUnavailable(): string | undefined {
  let resolved: string;
  try {
    resolved = require.resolve('s3rver');
  } catch {
    return 's3rver is not installed';
  }
  const probe = spawnSync(process.execPath, ['-e', PROBE], {
    cwd: join(resolved, '..', '..', '..'),
    timeout: 20_000,
    encoding: 'utf8',
  });
  if (probe.status === 0) return undefined;
  return `s3rver cannot start: ${(probe.stderr || probe.error?.message || 'unknown error').split('\n')[0]}`;
}

/**
 * A real S3-wire server (`s3rver`, in this process) on a free loopback port, data in a temp
 * folder removed at stop, one bucket created at start. Test support only.
 */
export async function startS3TestServer(bucket = 'media-contract'): Promise<S3TestServer> {
  const S3rver = require('s3rver') as S3rverClass;
  const directory = await mkdtemp(join(tmpdir(), 's3rver-'));
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    // s3rver checks signatures against these fixed credentials.
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    stop: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
