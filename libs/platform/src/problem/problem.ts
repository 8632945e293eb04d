/** RFC 9457 problem details, with our stable `type` URIs and the domain's `code`. */
export type ProblemDetails = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code?: string;
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
};

export const PROBLEM_BASE = 'https://booking.example/problems/';

export function problem(
  status: number,
  slug: string,
  title: string,
  detail: string,
  extra: Partial<ProblemDetails> = {},
): ProblemDetails {
  return { ...extra, type: PROBLEM_BASE + slug, title, status, detail };
}

/**
 * An HTTP-level refusal raised outside the domain (consistency timeout, idempotency misuse, ...).
 * Like a domain refusal it is an answer, not a fault: it carries no stack trace.
 */
export class ProblemException extends Error {
  readonly problem: ProblemDetails;
  readonly headers: Record<string, string>;

  constructor(problem: ProblemDetails, headers: Record<string, string> = {}) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(problem.detail);
    Error.stackTraceLimit = limit;
    this.name = 'ProblemException';
    this.problem = problem;
    this.headers = headers;
  }
}

/**
 * Builds a refusal without capturing a stack trace (a framework exception such as a 401 from a
 * guard): capturing one was a twelfth of an unauthenticated request's CPU.
 */
export function stackless<T extends Error>(make: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
