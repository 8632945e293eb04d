import { randomUUID } from 'node:crypto';
import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { fileStorageConfigFromEnv, fileStorageFor } from './create-file-storage';
import { FILE_STORAGE, type FileStorage } from './file-storage.port';
import type { ImageLimits } from './images/process-image';
import { MediaController } from './media/media.controller';
import { MediaLibrary } from './media/media-library';
import { S3FileStorage } from './s3/s3-file-storage';

export type FilesModuleOptions = Readonly<{
  /** `$DATA_DIR`: the local adapter keeps files in `<dataDir>/files` unless FILES_DIR says otherwise. */
  dataDir: string;
  /** Where FILE_STORAGE, FILES_DIR and S3_* are read. Default process.env. */
  env?: NodeJS.ProcessEnv;
  /** A ready storage instead of the configured one (tests). */
  storage?: FileStorage;
  /** Image ids (lower-case, `[a-z0-9-]`); default random UUIDs. Pass the app's id generator. */
  newId?: () => string;
  limits?: Partial<ImageLimits>;
  /** Serve `GET /media/*` from this process (default true). */
  serve?: boolean;
}>;

/**
 * Global: provides FILE_STORAGE (local folder or S3, by configuration) and MediaLibrary, and
 * serves `GET /media/*`. Import it once, at the root of the process.
 */
@Global()
@Module({})
export class FilesModule implements OnApplicationShutdown {
  constructor(@Inject(FILE_STORAGE) private readonly storage: FileStorage) {}

  static forRoot(options: FilesModuleOptions): DynamicModule {
    const config = fileStorageConfigFromEnv(options.env ?? process.env, options.dataDir); // fails at definition
    const newId = options.newId ?? randomUUID;
    const providers: Provider[] = [
      {
        provide: FILE_STORAGE,
        useFactory: () => options.storage ?? fileStorageFor(config),
      },
      {
        provide: MediaLibrary,
        inject: [FILE_STORAGE],
        useFactory: (storage: FileStorage) =>
          new MediaLibrary(storage, { newId, ...(options.limits ? { limits: options.limits } : {}) }),
      },
    ];
    return {
      module: FilesModule,
      global: true,
      controllers: options.serve === false ? [] : [MediaController],
      providers,
      exports: [FILE_STORAGE, MediaLibrary],
    };
  }

  onApplicationShutdown(): void {
    if (this.storage instanceof S3FileStorage) this.storage.close(); // the client's sockets
  }
}
