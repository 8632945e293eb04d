import type { OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, ResponseObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { PROBLEM_CONTENT, PROBLEM_DESCRIPTIONS, problemResponse } from './api-problems';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/**
 * The errors the platform itself answers, whatever the handler: the validation pipe (400), the
 * body parser (413, 415), the command pipeline (409 after bounded retries, 412 for If-Match,
 * 422 for a reused Idempotency-Key), and 503 on every operation: the read-your-writes wait, the
 * revocation list not current, or the personal-data key store not answering. Each operation gets
 * those that its shape allows; every error response is application/problem+json.
 */
export function declareCommonProblems(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      for (const status of commonStatuses(method, operation)) {
        operation.responses[status] ??= problemResponse(PROBLEM_DESCRIPTIONS[status]);
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400) continue;
        const declared = response as ResponseObject;
        if (!declared.content?.[PROBLEM_CONTENT])
          operation.responses[status] = problemResponse(declared.description || PROBLEM_DESCRIPTIONS[Number(status)]);
      }
    }
  }
}

function commonStatuses(method: (typeof METHODS)[number], operation: OperationObject): number[] {
  const parameters = (operation.parameters ?? []) as { in?: string; name?: string }[];
  const statuses: number[] = [];
  const command = method !== 'get';
  if (command || parameters.length > 0 || operation.requestBody) statuses.push(400);
  if (parameters.some((p) => p.in === 'path')) statuses.push(404);
  if (operation.requestBody) statuses.push(413, 415);
  if (command) statuses.push(409, 412, 422);
  statuses.push(503);
  return statuses;
}
