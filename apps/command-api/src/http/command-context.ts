import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { Actor } from '@booking/domain';
import { IdempotencyStore } from '@booking/command-pipeline';
import type { IdGenerator } from '@booking/platform';
import { ProblemException, type TimedRequest, problem } from '@booking/platform';
import type { KeyedRequest } from './idempotency.interceptor';

/** Who sends a command, under which correlation id, the If-Match revision and the Idempotency-Key's tag if any. */
export type RequestContext = Readonly<{
  actor: Actor;
  correlationId: string;
  /** When the request arrived (TimedRequest, stamped by createHttpApp): the instant all its commands are decided at. */
  now?: Date;
  expectedRevision?: bigint;
  idempotencyTag?: string;
}>;

/** A new entity's id: derived from the Idempotency-Key when there is one, so a retry names the same entity. */
export function mintId(context: RequestContext, ids: IdGenerator, purpose: string): string {
  return context.idempotencyTag ? IdempotencyStore.derivedId(context.idempotencyTag, purpose) : ids.next();
}

export const CommandRequest = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  const request = context.switchToHttp().getRequest<KeyedRequest & TimedRequest & { user?: Actor }>();
  const actor = request.user ?? { userId: 'anonymous', roles: [] };
  const ifMatch = request.headers['if-match'];
  let expectedRevision: bigint | undefined;
  if (typeof ifMatch === 'string' && ifMatch !== '*') {
    const digits = ifMatch.replace(/^W\//, '').replace(/"/g, '').trim();
    if (!/^-?\d{1,18}$/.test(digits)) {
      throw new ProblemException(
        problem(400, 'bad-if-match', 'Bad Request', 'If-Match must be a stream revision like "3"'),
      );
    }
    expectedRevision = BigInt(digits);
  }
  return {
    actor,
    correlationId: String(request.id),
    ...(request.receivedAt ? { now: request.receivedAt } : {}),
    ...(expectedRevision !== undefined ? { expectedRevision } : {}),
    ...(request.idempotencyTag ? { idempotencyTag: request.idempotencyTag } : {}),
  };
});
