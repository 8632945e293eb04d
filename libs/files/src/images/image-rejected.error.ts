export type ImageRejectionCode =
  'media.unsupported-type' | 'media.too-large' | 'media.too-many-pixels' | 'media.unreadable';

/** The HTTP status each refusal maps to: 413 and 415 where HTTP has one, else 422. */
export const IMAGE_REJECTION_STATUS: Readonly<Record<ImageRejectionCode, number>> = {
  'media.unsupported-type': 415,
  'media.too-large': 413,
  'media.too-many-pixels': 422,
  'media.unreadable': 422,
};

/** An upload that is not an image we accept; nothing was stored. */
export class ImageRejectedError extends Error {
  override readonly name = 'ImageRejectedError';
  constructor(
    readonly code: ImageRejectionCode,
    message: string,
  ) {
    super(message);
  }

  get status(): number {
    return IMAGE_REJECTION_STATUS[this.code];
  }
}
