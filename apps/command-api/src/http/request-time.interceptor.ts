import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { CLOCK, type Clock } from '@booking/platform';

/** A request stamped with the one instant all of its commands are decided at. */
export type TimedRequest = FastifyRequest & { receivedAt?: Date };

/**
 * Reads the clock once per request, before the handler runs: every command the request issues
 * (a hold and its buyer-allowance reservation, a token and the mail announcing its expiry) is
 * decided at the same instant, so their expiries and windows agree to the millisecond.
 */
@Injectable()
export class RequestTimeInterceptor implements NestInterceptor {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    context.switchToHttp().getRequest<TimedRequest>().receivedAt = this.clock.now();
    return next.handle();
  }
}
