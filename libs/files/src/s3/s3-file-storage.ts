import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  type FileStorage,
  type PutFileOptions,
  type StoredFile,
  assertPutOptions,
  assertValidKey,
} from '../file-storage.port';

export type S3FileStorageOptions = Readonly<{
  bucket: string;
  region: string;
  /** An S3-compatible endpoint (MinIO, Ceph, R2, …); AWS itself when absent. */
  endpoint?: string;
  /** `bucket` in the path rather than the host name: what most S3-compatible servers need. */
  forcePathStyle?: boolean;
  /** Static credentials; absent, the SDK's default chain (environment, IAM role, …) applies. */
  credentials?: Readonly<{ accessKeyId: string; secretAccessKey: string }>;
}>;

/** Objects in one S3 bucket, key for key. The ETag is the one S3 gives (quoted, changes with the content). */
export class S3FileStorage implements FileStorage {
  private readonly client: S3Client;
  readonly bucket: string;

  constructor(options: S3FileStorageOptions) {
    if (!options.bucket) throw new Error('S3 bucket must be set');
    this.bucket = options.bucket;
    this.client = new S3Client({
      region: options.region,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      forcePathStyle: options.forcePathStyle ?? false,
      ...(options.credentials ? { credentials: { ...options.credentials } } : {}),
      // Checksums only where S3 requires them: many S3-compatible servers reject the newer default headers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, body: Buffer, options: PutFileOptions): Promise<{ etag: string }> {
    assertValidKey(key);
    assertPutOptions(options);
    if (!Buffer.isBuffer(body)) throw new TypeError('body must be a Buffer');
    const result = await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentLength: body.length,
        ContentType: options.contentType,
        ...(options.cacheControl !== undefined ? { CacheControl: options.cacheControl } : {}),
      }),
    );
    return { etag: result.ETag ?? (await this.headEtag(key)) };
  }

  async get(key: string): Promise<StoredFile | undefined> {
    assertValidKey(key);
    try {
      const result = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      const body = Buffer.from((await result.Body?.transformToByteArray()) ?? new Uint8Array());
      return {
        body,
        contentType: result.ContentType ?? 'application/octet-stream',
        etag: result.ETag ?? '""',
        size: body.length,
        ...(result.CacheControl !== undefined ? { cacheControl: result.CacheControl } : {}),
      };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async exists(key: string): Promise<boolean> {
    assertValidKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  /** Closes the client's sockets. */
  close(): void {
    this.client.destroy();
  }

  private async headEtag(key: string): Promise<string> {
    const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
    return head.ETag ?? '""';
  }
}

// Only a missing key: a missing bucket (NoSuchBucket) is a configuration error and must surface.
// HEAD answers carry no body, so the SDK can only name them NotFound.
function isNotFound(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'NoSuchKey' || name === 'NotFound';
}
