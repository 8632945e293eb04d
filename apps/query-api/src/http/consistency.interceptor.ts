import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { type Observable, from, switchMap } from 'rxjs';
import { APP_CONFIG, type AppConfig, ProblemException, problem } from '@booking/platform';
import { READ_MODEL_DIRECTORY, type ReadModelDirectory } from '@booking/projections';
import { READS_PROJECTIONS } from './reads-projections';

/**
 * Read-your-writes: a query naming a position (X-Min-Position header or ?minPosition=) is
 * answered only once the projections it reads (@ReadsProjections) have passed it; after a bounded
 * wait it gets a 503. A lagging projection it does not read does not hold it up, nor does a
 * position whose events none of them reads (ReadModelDirectory.waitFor).
 */
@Injectable()
export class ConsistencyInterceptor implements NestInterceptor {
  constructor(
    @Inject(READ_MODEL_DIRECTORY) private readonly directory: ReadModelDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (request.method !== 'GET') return next.handle();
    const header = request.headers['x-min-position'];
    const query = (request.query as Record<string, unknown> | undefined)?.minPosition;
    const raw = typeof header === 'string' ? header : typeof query === 'string' ? query : undefined;
    if (raw === undefined) return next.handle();
    if (!/^\d{1,19}$/.test(raw)) {
      throw new ProblemException(
        problem(400, 'bad-min-position', 'Bad Request', 'X-Min-Position must be a position returned by a command'),
      );
    }
    const position = BigInt(raw);
    const projections = this.reflector.getAllAndOverride<string[] | undefined>(READS_PROJECTIONS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (projections?.length === 0) return next.handle();
    return from(this.directory.waitFor(position, this.config.consistencyWaitMs, projections)).pipe(
      switchMap((reached) => {
        if (!reached) {
          throw new ProblemException(
            problem(
              503,
              'not-yet-consistent',
              'Service Unavailable',
              `The read models${projections ? ` (${projections.join(', ')})` : ''} have not reached position ${raw} yet; retry shortly`,
            ),
            { 'retry-after': '1' },
          );
        }
        return next.handle();
      }),
    );
  }
}
