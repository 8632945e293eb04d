import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  type Type,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Observable, from, lastValueFrom } from 'rxjs';
import { DomainError } from '@booking/domain';
import { IdempotencyStore, type RecordedResponse } from '@booking/command-pipeline';
import { type Actor } from '@booking/domain';
import { ID_GENERATOR, type IdGenerator, ProblemException, ProblemFilter, problem } from '@booking/platform';

const MAX_KEY_LENGTH = 200;

const UNRECORDED = 'idempotency:unrecorded';

/**
 * Marks endpoints whose requests or answers carry secrets (passwords, tokens): an Idempotency-Key
 * is ignored there. Recording them would write tokens in plain text to the log, and put an
 * unsalted hash of the password (the request hash) there for offline guessing; anonymous cookie
 * refreshes would all share one scope and hash, so a reused key would hand one browser's tokens
 * to another. Their retries are safe without it: a second login starts a second session.
 */
export const NotRecorded = () => SetMetadata(UNRECORDED, true);

/** Whether a route is @NotRecorded, on its handler or its controller class (as the interceptor reads it). */
export function isNotRecorded(controller: object, handler: object): boolean {
  return new Reflector().getAllAndOverride<boolean>(UNRECORDED, [handler, controller] as never) === true;
}

/** A request this interceptor tagged with its scoped Idempotency-Key. */
export type KeyedRequest = FastifyRequest & { idempotencyTag?: string };

/**
 * Idempotency-Key on any command: the first outcome (success or domain refusal) is recorded, a
 * retry gets it back with `Idempotent-Replayed: true` and appends nothing. The same key with a
 * different request is refused (422). Concurrent duplicates in this process wait for the first.
 * The response is recorded after the command's append; the command's events carry the key's tag
 * in the same append, so a retry after a crash in between replays the first outcome from the
 * stream instead of acting twice (docs/architecture.md, "Idempotency").
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly inflight = new Map<string, Promise<unknown>>();
  private readonly problems = new ProblemFilter();

  constructor(
    private readonly store: IdempotencyStore,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: Actor }>();
    const key = request.headers['idempotency-key'];
    if (key === undefined || request.method === 'GET') return next.handle();
    if (this.reflector.getAllAndOverride<boolean>(UNRECORDED, [context.getHandler(), context.getClass()]))
      return next.handle();
    if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) {
      throw new ProblemException(
        problem(400, 'bad-idempotency-key', 'Bad Request', `Idempotency-Key must be 1 to ${MAX_KEY_LENGTH} characters`),
      );
    }
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const scope = request.user?.userId ?? 'anonymous';
    const hash = IdempotencyStore.requestHash(request.method, target(request.url), request.body);
    (request as KeyedRequest).idempotencyTag = IdempotencyStore.tag(scope, key, hash); // read by @CommandRequest
    const id = `${scope}\u0000${key}`;
    const run = async (): Promise<unknown> => {
      const earlier = this.inflight.get(id);
      if (earlier) await earlier.catch(() => undefined);
      const recorded = await this.store.find(scope, key);
      if (recorded) return this.replay(recorded, hash, reply);
      const attempt = this.execute(next, scope, key, hash, String(request.id));
      this.inflight.set(id, attempt);
      try {
        return await attempt;
      } finally {
        if (this.inflight.get(id) === attempt) this.inflight.delete(id);
      }
    };
    return from(run());
  }

  private async execute(
    next: CallHandler,
    scope: string,
    key: string,
    hash: string,
    correlationId: string,
  ): Promise<unknown> {
    try {
      const body = await lastValueFrom(next.handle());
      await this.store.save(scope, key, { requestHash: hash, status: 0, body }, correlationId, this.ids.next());
      return body;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error; // only decided outcomes are remembered
      const { body } = this.problems.toProblem(error);
      await this.store.save(
        scope,
        key,
        { requestHash: hash, status: body.status, body },
        correlationId,
        this.ids.next(),
      );
      throw error;
    }
  }

  private replay(recorded: RecordedResponse, hash: string, reply: FastifyReply): unknown {
    if (recorded.requestHash !== hash) {
      throw new ProblemException(
        problem(
          422,
          'idempotency-key-reused',
          'Unprocessable Content',
          'This Idempotency-Key was used with a different request',
        ),
      );
    }
    void reply.header('idempotent-replayed', 'true');
    if (recorded.status >= 400) throw new ProblemException(recorded.body as never, { 'idempotent-replayed': 'true' });
    const body = recorded.body as { position?: string };
    if (body?.position) void reply.header('x-position', body.position);
    return recorded.body;
  }
}

/**
 * The path and its query, parameters sorted: the query is part of the request (release-hold's
 * `?sectionId=`), so a retry that differs only there is a different request (422), not a replay.
 */
function target(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const params = new URLSearchParams(url.slice(at + 1));
  params.sort();
  const query = params.toString();
  return query ? `${url.slice(0, at)}?${query}` : url.slice(0, at);
}

/**
 * Puts the interceptor on every route of these controllers, as `@UseInterceptors` on each class
 * would. It is not global: a global interceptor wraps every route of the process (queries, health,
 * the SPA's files) in Nest's rxjs chain and two AsyncResource bindings per request, though it only
 * ever acts on commands. Called by the command API's module, before Nest scans it. (The accounts
 * module's routes are all @NotRecorded, where the interceptor would do nothing.)
 */
export function acceptIdempotencyKeys(controllers: readonly Type<unknown>[]): void {
  for (const controller of controllers) UseInterceptors(IdempotencyInterceptor)(controller);
}
