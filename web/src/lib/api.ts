import { networkProblem, problemFromResponse } from './problem';
import { readPosition, rememberPosition } from './read-your-writes';

export { ProblemError, isProblem, tooManyAttemptsMessage, type FieldError, type ProblemDetails } from './problem';

export type ApiOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Serialised as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Sent as `Idempotency-Key`: a retried command with the same key returns the first outcome. */
  idempotencyKey?: string;
  /** `include` for the cookie-authenticated auth endpoints. */
  credentials?: RequestCredentials;
  /**
   * false: send no bearer token and do not refresh-and-retry on 401 (the auth endpoints themselves,
   * whose writes, sessions started or renewed, later queries do not wait for).
   */
  auth?: boolean;
};

export type ApiResult<T> = {
  data: T;
  status: number;
  /** The global log position a command reached (body `position`, else header `X-Position`). */
  position: string | undefined;
  headers: Headers;
};

// The access token lives in memory only: a reload restores it through the refresh cookie.
let accessToken: string | null = null;
/** Resolves true once a fresh token is in place (the request is then retried once). */
type UnauthorizedHandler = (rejectedToken: string) => Promise<boolean>;
let unauthorizedHandler: UnauthorizedHandler | null = null;

/** The session feature keeps the token here so every call can send it. */
export function setAccessToken(token: string | null): void {
  accessToken = token;
}

export function getAccessToken(): string | null {
  return accessToken;
}

/** Called when the API rejects our token (401): the session refreshes it (or ends itself). */
export function setUnauthorizedHandler(handler: UnauthorizedHandler | null): void {
  unauthorizedHandler = handler;
}

/** For requests made without apiFetch (uploads with progress): refresh a rejected token, true if a retry may follow. */
export function renewAuthorization(rejectedToken: string): Promise<boolean> {
  return unauthorizedHandler ? unauthorizedHandler(rejectedToken) : Promise.resolve(false);
}

function positionOf(body: unknown, headers: Headers): string | undefined {
  if (body && typeof body === 'object' && 'position' in body) {
    const value = (body as { position: unknown }).position;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') return String(value);
  }
  return headers.get('X-Position') ?? undefined;
}

/** fetch() for our API: JSON in and out, bearer token, problem+json errors as ProblemError. */
export async function apiFetch<T>(path: string, options: ApiOptions = {}): Promise<ApiResult<T>> {
  return send<T>(path, options, true, readJson<T>);
}

/**
 * A file the API serves to a signed-in caller only (a PDF, an .ics): fetched with the bearer token,
 * which a plain link cannot carry, as a Blob to save (saveBlob). Errors are ProblemErrors as for apiFetch.
 */
export async function apiDownload(path: string, accept: string, options: { signal?: AbortSignal } = {}): Promise<Blob> {
  const result = await send<Blob>(
    path,
    { ...options, headers: { Accept: `${accept}, application/problem+json` } },
    true,
    (response) => response.blob(),
  );
  return result.data;
}

/** Offers a Blob as a download named `filename` (an object URL on a temporary link). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

async function readJson<T>(response: Response): Promise<T> {
  const text = response.status === 204 ? '' : await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

async function send<T>(
  path: string,
  options: ApiOptions,
  mayRetry: boolean,
  read: (response: Response) => Promise<T>,
): Promise<ApiResult<T>> {
  const headers = new Headers({ Accept: 'application/json, application/problem+json', ...options.headers });
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  const token = options.auth === false ? null : accessToken;
  if (token) headers.set('Authorization', `Bearer ${token}`);
  if (options.idempotencyKey) headers.set('Idempotency-Key', options.idempotencyKey);
  const method = options.method ?? 'GET';
  // Read-your-writes (lib/read-your-writes.ts): a query waits for this tab's last write.
  const position = method === 'GET' ? readPosition() : undefined;
  if (position) headers.set('X-Min-Position', position);

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      credentials: options.credentials,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkProblem();
  }

  if (!response.ok) {
    const problem = await problemFromResponse(response);
    // An expired or revoked token: refresh once (shared by concurrent callers), then retry once.
    if (response.status === 401 && token && mayRetry && unauthorizedHandler && (await unauthorizedHandler(token))) {
      return send<T>(path, options, false, read);
    }
    throw problem;
  }
  const data = await read(response);
  const reached = positionOf(data, response.headers);
  if (method !== 'GET' && options.auth !== false) rememberPosition(reached);
  return { data, status: response.status, position: reached, headers: response.headers };
}

/** A query: just the body. */
export async function apiGet<T>(path: string, options: Omit<ApiOptions, 'method' | 'body'> = {}): Promise<T> {
  return (await apiFetch<T>(path, options)).data;
}

/** Builds `path?k=v` leaving out empty values. */
export function withQuery(path: string, params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
