import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '@booking/domain';
import { ProblemException, problem } from '@booking/platform';

/** Who sends a command, under which correlation id, and the If-Match revision if any. */
export type RequestContext = Readonly<{ actor: Actor; correlationId: string; expectedRevision?: bigint }>;

export const CommandRequest = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  const request = context.switchToHttp().getRequest<FastifyRequest & { user?: Actor }>();
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
  return { actor, correlationId: String(request.id), ...(expectedRevision !== undefined ? { expectedRevision } : {}) };
});
