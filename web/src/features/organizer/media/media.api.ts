import { apiFetch, getAccessToken, renewAuthorization } from '../../../lib/api';
import { newId } from '../../../lib/ids';
import { networkProblem, problemFromResponse } from '../../../lib/problem';
import { rememberPosition } from '../../../lib/read-your-writes';
import type { EventImage } from '../../catalog';

export type ImageRole = EventImage['role'];
export type UploadOptions = {
  role: ImageRole;
  alt: string;
  /** 0..1 of the bytes sent. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
};

/** Types the server accepts (it decides by content; this only spares a pointless upload). */
export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'];

const imagesPath = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}/images`;

type Sent = { status: number; text: string; headers: Headers };

/** XMLHttpRequest rather than fetch: only it reports upload progress in every browser. */
function send(url: string, file: File, token: string | null, options: UploadOptions): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Content-Type', ACCEPTED_TYPES.includes(file.type) ? file.type : 'application/octet-stream');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) options.onProgress?.(e.loaded / e.total);
    };
    xhr.onload = () => {
      const headers = new Headers();
      for (const name of ['Content-Type', 'Retry-After', 'X-Position']) {
        const value = xhr.getResponseHeader(name);
        if (value) headers.set(name, value);
      }
      resolve({ status: xhr.status, text: xhr.responseText, headers });
    };
    xhr.onerror = () => reject(networkProblem());
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

export type UploadedImage = { imageId: string; position: string };

export async function uploadImage(eventId: string, file: File, options: UploadOptions): Promise<UploadedImage> {
  const url = `${imagesPath(eventId)}?${new URLSearchParams({ role: options.role, alt: options.alt })}`;
  // No Idempotency-Key: the server would hash the whole image as JSON to compare retries.
  let token = getAccessToken();
  let sent = await send(url, file, token, options);
  // An expired token: refresh once, then send again.
  if (sent.status === 401 && token && (await renewAuthorization(token))) {
    token = getAccessToken();
    sent = await send(url, file, token, options);
  }
  if (sent.status < 200 || sent.status >= 300) {
    throw await problemFromResponse(new Response(sent.text, { status: sent.status, headers: sent.headers }));
  }
  const body = JSON.parse(sent.text) as UploadedImage;
  rememberPosition(body.position); // sent without apiFetch, which would have remembered it
  return body;
}

async function command(path: string, method: 'PUT' | 'PATCH' | 'DELETE', body?: unknown) {
  return apiFetch<unknown>(path, { method, body, idempotencyKey: newId() });
}

export const removeImage = (eventId: string, imageId: string) =>
  command(`${imagesPath(eventId)}/${encodeURIComponent(imageId)}`, 'DELETE');

export const reorderGallery = (eventId: string, imageIds: string[]) =>
  command(`${imagesPath(eventId)}/order`, 'PUT', { imageIds });

export const changeImageAlt = (eventId: string, imageId: string, alt: string) =>
  command(`${imagesPath(eventId)}/${encodeURIComponent(imageId)}`, 'PATCH', { alt });
