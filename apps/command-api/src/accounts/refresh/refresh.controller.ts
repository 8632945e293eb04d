import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { readState, sessionModel } from '@booking/command-pipeline';
import { DomainError } from '@booking/domain';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import {
  APP_CONFIG,
  ApiProblems,
  type AppConfig,
  ProblemException,
  hashSecret,
  parseToken,
  problem,
  Throttled,
  handlerBudget,
} from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { isSameSiteFetch } from '../shared/client-info';
import { REFRESH_COOKIE, SessionIssuer } from '../shared/session-issuer';
import { SessionAnswer } from '../accounts.answers';
import { NotRecorded } from '../../http/idempotency.interceptor';
import { LogoutCommand, RefreshSessionCommand } from './refresh.command';
import { sessionEnded } from './refresh.handler';
import { RefreshRequest } from './refresh.request';

/** Reads the refresh token from the body (API clients) or the cookie (the SPA, which must also send X-Requested-With). */
export function presentedRefreshToken(request: FastifyRequest, body: RefreshRequest | undefined) {
  if (body?.refreshToken) return { token: body.refreshToken, client: 'api' as const };
  const cookie = request.cookies?.[REFRESH_COOKIE];
  if (!cookie) return undefined;
  if (!isSameSiteFetch(request)) {
    throw new ProblemException(
      problem(403, 'csrf', 'Forbidden', 'Cookie-authenticated calls need the header X-Requested-With: fetch'),
    );
  }
  return { token: cookie, client: 'spa' as const };
}

/** The well-formed refresh token a request presents (body or cookie), if any. */
function presentedToken(request: FastifyRequest) {
  const body = request.body as RefreshRequest | undefined;
  return parseToken(body?.refreshToken ?? request.cookies?.[REFRESH_COOKIE]);
}

/**
 * The route's throttle key: the session and the token's own hash, so a stranger who knows a
 * session id cannot spend its owner's budget. None without a well-formed token: the address
 * counts then. The session's own budget is spent in the handler, by its holder only.
 */
function refreshHolder(request: FastifyRequest): string | undefined {
  const token = presentedToken(request);
  return token && `session:${token.id}:${hashSecret(token.secret)}`;
}

/** Failed refreshes per address and minute, relative to AUTH_RATE_LIMIT: loose, NATs share it. */
const FAILURES_PER_LIMIT = 10;

@NotRecorded()
@ApiTags('auth')
@Controller('api/auth')
export class RefreshController {
  /** The holder's refreshes, per session (AUTH_RATE_LIMIT a minute): rotation gives each a new token. */
  private readonly spendSession = handlerBudget(() => this.http.httpAdapter.getInstance(), {
    max: () => this.config.authRateLimit,
    key: (request) => `refresh-session:${presentedToken(request)?.id}`,
  });
  /** Refreshes that name no live token (forged, guessed, ended) spend their address's budget. */
  private readonly spendFailure = handlerBudget(() => this.http.httpAdapter.getInstance(), {
    max: () => this.config.authRateLimit * FAILURES_PER_LIMIT,
    key: (request) => `refresh-failures:${request.ip}`,
  });

  constructor(
    private readonly http: HttpAdapterHost,
    private readonly commands: CommandBus,
    private readonly sessions: SessionIssuer,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Rotates the refresh token. A token used twice ends the whole session (reuse detection).
   * Throttled per token holder, not per address: everyone behind one address (an office, a
   * carrier's NAT) would otherwise share one budget and be shown as signed out. A refresh naming
   * no live token spends a looser per-address budget instead, and an unknown session is refused
   * from a read, without a command (no worker, no stream for a forged id).
   */
  @Throttled({ per: refreshHolder })
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionAnswer, description: 'Same answer as login, with the rotated refresh token' })
  @ApiProblems({
    401: 'The session has ended (or the token was reused): sign in again',
    403: 'Cookie without X-Requested-With',
  })
  @ApiBody({ type: RefreshRequest, required: false, description: 'API clients; the SPA sends the cookie instead' })
  async refresh(
    @Body() body: RefreshRequest,
    @Req() request: FastifyRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const presented = presentedRefreshToken(request, body);
    const token = presented && parseToken(presented.token);
    if (!presented || !token) {
      if (presented) this.sessions.clearCookie(reply);
      throw sessionEnded();
    }
    const current = await readState(this.store, sessionModel, token.id);
    if (current.status === 'active' && current.currentHash === hashSecret(token.secret)) {
      await this.spendSession(request);
    } else {
      await this.spendFailure(request);
      if (current.status === 'none') {
        this.sessions.clearCookie(reply);
        throw sessionEnded();
      }
    }
    const refreshed = await this.commands
      .execute(new RefreshSessionCommand({ data: { sessionId: token.id, secret: token.secret }, context }))
      .catch((error: unknown) => {
        // An unknown or ended session: the SPA's hint goes too, so it stops asking.
        if (isUnauthenticated(error)) this.sessions.clearCookie(reply);
        throw error;
      });
    const { account, sessionId, refreshToken, position } = refreshed;
    return this.sessions.answer(reply, account, sessionId, refreshToken, presented.client, position);
  }

  /**
   * Ends the session of the presented refresh token; always 204. A token of the family that was
   * already rotated away counts too: a refresh in another tab may have rotated it a moment before
   * this logout, and the person still means to sign out.
   */
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Always; the session of a valid refresh token is ended' })
  @ApiProblems({ 403: 'Cookie without X-Requested-With' })
  @ApiBody({ type: RefreshRequest, required: false, description: 'API clients; the SPA sends the cookie instead' })
  async logout(
    @Body() body: RefreshRequest,
    @Req() request: FastifyRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const presented = presentedRefreshToken(request, body);
    const token = presented && parseToken(presented.token);
    this.sessions.clearCookie(reply);
    if (!token) return;
    await this.commands.execute(new LogoutCommand({ data: { sessionId: token.id, secret: token.secret }, context }));
  }
}

/** Refusals that mean "the session has ended" (a 401), whoever raised them. */
function isUnauthenticated(error: unknown): boolean {
  return error instanceof DomainError
    ? error.kind === 'unauthenticated'
    : error instanceof ProblemException && error.problem.status === 401;
}
