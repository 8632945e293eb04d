import { ACCEPTED_TYPES } from './media.api';

/** The server's limit (it checks again, by content). */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const MAX_ALT_LENGTH = 200;
export const MAX_GALLERY_IMAGES = 12;
export const ACCEPTED_LABEL = 'JPEG, PNG, WebP, AVIF or GIF, up to 10 MB';

/** Why a chosen file cannot be an event image, judged by its declared type and size; null if it may be tried. */
export function fileProblem(file: File): string | null {
  if (!ACCEPTED_TYPES.includes(file.type)) return `“${file.name}” is not an image we accept (${ACCEPTED_LABEL}).`;
  if (file.size === 0) return `“${file.name}” is empty.`;
  if (file.size > MAX_IMAGE_BYTES) return `“${file.name}” is ${formatBytes(file.size)}: images may be at most 10 MB.`;
  return null;
}

export function altProblem(alt: string): string | null {
  const text = alt.trim();
  if (!text) return 'Describe the image for people who cannot see it.';
  if (text.length > MAX_ALT_LENGTH) return `At most ${MAX_ALT_LENGTH} characters.`;
  return null;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
