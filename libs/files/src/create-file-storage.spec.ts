import { join, resolve } from 'node:path';
import { createFileStorage, fileStorageConfigFromEnv } from './create-file-storage';
import { LocalFileStorage } from './local/local-file-storage';
import { S3FileStorage } from './s3/s3-file-storage';

describe('fileStorageConfigFromEnv', () => {
  it('defaults to a local folder under the data dir, or FILES_DIR', () => {
    expect(fileStorageConfigFromEnv({}, '/srv/data')).toEqual({ kind: 'local', root: join('/srv/data', 'files') });
    expect(fileStorageConfigFromEnv({ FILE_STORAGE: 'local', FILES_DIR: 'elsewhere' }, '/d')).toEqual({
      kind: 'local',
      root: resolve('elsewhere'),
    });
  });

  it('reads S3 settings; path-style by default when an endpoint is set', () => {
    const env = {
      FILE_STORAGE: 's3',
      S3_BUCKET: 'media',
      S3_ENDPOINT: 'http://minio:9000',
      S3_REGION: 'eu-central-1',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
    };
    expect(fileStorageConfigFromEnv(env, '/d')).toEqual({
      kind: 's3',
      bucket: 'media',
      endpoint: 'http://minio:9000',
      region: 'eu-central-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
    });
    expect(fileStorageConfigFromEnv({ FILE_STORAGE: 's3', S3_BUCKET: 'b' }, '/d')).toEqual({
      kind: 's3',
      bucket: 'b',
      region: 'us-east-1',
      forcePathStyle: false,
    });
    expect(
      fileStorageConfigFromEnv(
        { FILE_STORAGE: 's3', S3_BUCKET: 'b', S3_ENDPOINT: 'http://x', S3_FORCE_PATH_STYLE: 'false' },
        '/d',
      ),
    ).toMatchObject({ forcePathStyle: false });
  });

  it('fails at start-up on a half-configured or unknown setup', () => {
    expect(() => fileStorageConfigFromEnv({ FILE_STORAGE: 'ftp' }, '/d')).toThrow(/local or s3/);
    expect(() => fileStorageConfigFromEnv({ FILE_STORAGE: 's3' }, '/d')).toThrow(/S3_BUCKET/);
    expect(() => fileStorageConfigFromEnv({ FILE_STORAGE: 's3', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'x' }, '/d')).toThrow(
      /together/,
    );
    expect(() =>
      fileStorageConfigFromEnv({ FILE_STORAGE: 's3', S3_BUCKET: 'b', S3_FORCE_PATH_STYLE: 'yes' }, '/d'),
    ).toThrow(/S3_FORCE_PATH_STYLE/);
  });

  it('createFileStorage builds the chosen adapter', () => {
    expect(createFileStorage({}, '/tmp/data')).toBeInstanceOf(LocalFileStorage);
    const s3 = createFileStorage({ FILE_STORAGE: 's3', S3_BUCKET: 'b' }, '/tmp/data');
    expect(s3).toBeInstanceOf(S3FileStorage);
    (s3 as S3FileStorage).close();
  });
});
