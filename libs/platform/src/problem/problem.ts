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

/** An HTTP-level refusal raised outside the domain (consistency timeout, idempotency misuse, ...). */
export class ProblemException extends Error {
  constructor(
    readonly problem: ProblemDetails,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem.detail);
    this.name = 'ProblemException';
  }
}
