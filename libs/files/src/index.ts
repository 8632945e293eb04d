export * from './file-storage.port';
export { LocalFileStorage } from './local/local-file-storage';
export { S3FileStorage, type S3FileStorageOptions } from './s3/s3-file-storage';
export {
  createFileStorage,
  fileStorageConfigFromEnv,
  fileStorageFor,
  type FileStorageConfig,
} from './create-file-storage';
export {
  processImage,
  ACCEPTED_IMAGE_FORMATS,
  DEFAULT_IMAGE_LIMITS,
  IMAGE_VARIANTS,
  type ImageFormat,
  type ImageLimits,
  type ImageVariant,
  type ProcessedImage,
  type VariantName,
} from './images/process-image';
export { ImageRejectedError, IMAGE_REJECTION_STATUS, type ImageRejectionCode } from './images/image-rejected.error';
export {
  MediaLibrary,
  IMMUTABLE_CACHE_CONTROL,
  MEDIA_NAMESPACE,
  MEDIA_URL_PREFIX,
  variantKey,
  type MediaLibraryOptions,
  type StoredImage,
  type StoredVariant,
} from './media/media-library';
export { MediaController } from './media/media.controller';
export { toMediaHttpError } from './media/media-problem';
export { FilesModule, type FilesModuleOptions } from './files.module';
