import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig, ProblemException, problem } from '@booking/platform';
import { READ_MODEL_DIRECTORY, type ReadModelDirectory } from '@booking/projections';
import { READS_PROJECTIONS } from './reads-projections';

/**
 * Read-your-writes: a query naming a position (X-Min-Position header or ?minPosition=) is
 * answered only once the projections it reads (@ReadsProjections) have passed it; after a bounded
 * wait it gets a 503. A lagging projection it does not read does not hold it up, nor does a
 * position whose events none of them reads (ReadModelDirectory.waitFor).
 *
 * A guard, not an interceptor: it only waits before the handler, and a global interceptor wraps
 * every request of the process in its own observable (the standalone's commands too), where a
 * guard that has nothing to do returns at once. Global guards run before a controller's own, so
 * the wait comes before the caller's token is checked; it is bounded either way.
 */
@Injectable()
export class ConsistencyGuard implements CanActivate {
  constructor(
    @Inject(READ_MODEL_DIRECTORY) private readonly directory: ReadModelDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (request.method !== 'GET') return true;
    const header = request.headers['x-min-position'];
    const query = (request.query as Record<string, unknown> | undefined)?.minPosition;
    const raw = typeof header === 'string' ? header : typeof query === 'string' ? query : undefined;
    if (raw === undefined) return true;
    if (!/^\d{1,19}$/.test(raw)) {
      throw new ProblemException(
        problem(400, 'bad-min-position', 'Bad Request', 'X-Min-Position must be a position returned by a command'),
      );
    }
    const projections = this.reflector.getAllAndOverride<string[] | undefined>(READS_PROJECTIONS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (projections?.length === 0) return true;
    return this.directory.waitFor(BigInt(raw), this.config.consistencyWaitMs, projections).then((reached) => {
      if (reached) return true;
      throw new ProblemException(
        problem(
          503,
          'not-yet-consistent',
          'Service Unavailable',
          `The read models${projections ? ` (${projections.join(', ')})` : ''} have not reached position ${raw} yet; retry shortly`,
        ),
        { 'retry-after': '1' },
      );
    });
  }
}
