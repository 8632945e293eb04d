import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ProblemDetailsSchema } from './problem-details.schema';

export const PROBLEM_CONTENT = 'application/problem+json';

/** What each error status means on this API, unless an operation says more. */
export const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed request: invalid parameters or body, unknown fields, bad headers',
  401: 'Missing or invalid bearer token',
  403: 'Signed in, but not allowed',
  404: 'No such resource (or not visible to the caller)',
  405: 'Method not allowed on this path (Allow lists the methods served)',
  409: 'Conflicts with the current state',
  412: 'If-Match names another revision',
  413: 'Body too large',
  415: 'Unsupported content type',
  422: 'Well-formed, but a business rule refused it',
  429: 'Too many requests (Retry-After)',
  503: 'Not available for a moment (Retry-After): the read models have not reached the requested position, or a dependency (the revocation list, the personal-data key store) is not answering',
};

export function problemResponse(description: string) {
  return { description, content: { [PROBLEM_CONTENT]: { schema: { $ref: getSchemaPath(ProblemDetailsSchema) } } } };
}

/** Declares error answers as application/problem+json: `@ApiProblems(404, 409)` or `@ApiProblems({ 409: 'why' })`. */
export function ApiProblems(...statuses: (number | Record<number, string>)[]) {
  const entries = statuses.flatMap((s) =>
    typeof s === 'number'
      ? [[s, PROBLEM_DESCRIPTIONS[s] ?? 'Error'] as const]
      : Object.entries(s).map(([status, description]) => [Number(status), description] as const),
  );
  return applyDecorators(
    ApiExtraModels(ProblemDetailsSchema),
    ...entries.map(([status, description]) => ApiResponse({ status, ...problemResponse(description) })),
  );
}
