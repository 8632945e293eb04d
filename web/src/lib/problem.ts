/** One invalid field of a request, as listed in a problem's `errors`. */
export type FieldError = { field: string; message: string };

/** The RFC 9457 problem+json body the APIs answer with. */
export type ProblemDetails = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  code?: string;
  errors?: FieldError[];
};

/** Every failed API call rejects with this, whatever the server sent (or if it could not be reached). */
export class ProblemError extends Error {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string | undefined;
  readonly instance: string | undefined;
  readonly code: string | undefined;
  readonly errors: FieldError[];
  /** Seconds the server asked us to wait (`Retry-After`), if it said. */
  readonly retryAfter: number | undefined;
  /** Members beyond the standard ones (e.g. `missing`, `currentStatus`). */
  readonly extensions: Record<string, unknown>;

  constructor(problem: ProblemDetails & { status: number } & Record<string, unknown>, retryAfter?: number) {
    super(problem.detail ?? problem.title ?? `Request failed (${problem.status})`);
    this.name = 'ProblemError';
    this.type = problem.type ?? 'about:blank';
    this.title = problem.title ?? 'Something went wrong';
    this.status = problem.status;
    this.detail = problem.detail;
    this.instance = problem.instance;
    this.code = problem.code;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.retryAfter = retryAfter;
    const { type: _t, title: _ti, status: _s, detail: _d, instance: _i, code: _c, errors: _e, ...extensions } = problem;
    this.extensions = extensions;
  }

  /** Network failures (status 0), 5xx and 429 are worth retrying; other 4xx are not. */
  get isTransient(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }

  /** The messages for one field (`venue.city`), for showing next to its input. */
  fieldMessage(field: string): string | undefined {
    const messages = this.errors.filter((e) => e.field === field).map((e) => e.message);
    return messages.length ? messages.join(' ') : undefined;
  }
}

export const isProblem = (error: unknown): error is ProblemError => error instanceof ProblemError;

/** Builds a ProblemError from a failed response, whether or not its body is problem+json. */
export async function problemFromResponse(response: Response): Promise<ProblemError> {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  const contentType = response.headers.get('Content-Type') ?? '';
  let body: ProblemDetails & Record<string, unknown> = {};
  if (contentType.includes('json')) {
    try {
      const parsed: unknown = await response.json();
      if (parsed && typeof parsed === 'object') body = parsed as ProblemDetails & Record<string, unknown>;
    } catch {
      // A broken body still yields a problem built from the status line below.
    }
  }
  return new ProblemError(
    { ...body, status: response.status, title: body.title ?? (response.statusText || `HTTP ${response.status}`) },
    retryAfter,
  );
}

export const networkProblem = () =>
  new ProblemError({ status: 0, title: 'Network error', detail: 'Could not reach the server. Check your connection.' });

/** `Retry-After` is either delay-seconds or an HTTP date. */
function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/** The message for a throttled (429) answer. */
export function tooManyAttemptsMessage(problem: ProblemError): string {
  return problem.retryAfter !== undefined
    ? `Too many attempts, try again in ${problem.retryAfter} ${problem.retryAfter === 1 ? 'second' : 'seconds'}`
    : 'Too many attempts, try again later';
}
