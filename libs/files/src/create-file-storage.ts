import { join, resolve } from 'node:path';
import type { FileStorage } from './file-storage.port';
import { LocalFileStorage } from './local/local-file-storage';
import { S3FileStorage, type S3FileStorageOptions } from './s3/s3-file-storage';

export type FileStorageConfig = Readonly<{ kind: 'local'; root: string } | ({ kind: 's3' } & S3FileStorageOptions)>;

/** Reads the file storage settings; a half-configured S3 setup fails here, at start-up. */
export function fileStorageConfigFromEnv(env: NodeJS.ProcessEnv, dataDir: string): FileStorageConfig {
  const kind = env.FILE_STORAGE || 'local';
  if (kind === 'local') return { kind: 'local', root: resolve(env.FILES_DIR || join(dataDir, 'files')) };
  if (kind !== 's3') throw new Error(`FILE_STORAGE must be local or s3, got "${kind}"`);

  const bucket = env.S3_BUCKET;
  if (!bucket) throw new Error('S3_BUCKET must be set when FILE_STORAGE=s3');
  const endpoint = env.S3_ENDPOINT || undefined;
  const pathStyle = env.S3_FORCE_PATH_STYLE || undefined;
  if (pathStyle !== undefined && pathStyle !== 'true' && pathStyle !== 'false')
    throw new Error('S3_FORCE_PATH_STYLE must be true or false');
  const accessKeyId = env.S3_ACCESS_KEY_ID || undefined;
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY || undefined;
  if ((accessKeyId === undefined) !== (secretAccessKey === undefined))
    throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together');
  return {
    kind: 's3',
    bucket,
    region: env.S3_REGION || 'us-east-1',
    ...(endpoint !== undefined ? { endpoint } : {}),
    // S3-compatible servers (the usual reason for an endpoint) mostly want path-style addressing.
    forcePathStyle: pathStyle === undefined ? endpoint !== undefined : pathStyle === 'true',
    ...(accessKeyId !== undefined && secretAccessKey !== undefined
      ? { credentials: { accessKeyId, secretAccessKey } }
      : {}),
  };
}

export function fileStorageFor(config: FileStorageConfig): FileStorage {
  if (config.kind === 'local') return new LocalFileStorage(config.root);
  const { kind: _kind, ...options } = config;
  return new S3FileStorage(options);
}

/** The file storage chosen by configuration: S3 when FILE_STORAGE=s3, else a folder (`$DATA_DIR/files`). */
export function createFileStorage(
  env: NodeJS.ProcessEnv = process.env,
  dataDir = env.DATA_DIR || './data',
): FileStorage {
  return fileStorageFor(fileStorageConfigFromEnv(env, dataDir));
}
