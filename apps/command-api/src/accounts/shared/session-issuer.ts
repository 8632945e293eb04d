import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CommandPipeline, sessionModel } from '@booking/command-pipeline';
import type { AccountState } from '@booking/domain';
import {
  APP_CONFIG,
  type AppConfig,
  ID_GENERATOR,
  type IdGenerator,
  TokenIssuer,
  composeToken,
  hashSecret,
  newSecret,
} from '@booking/platform';

export const REFRESH_COOKIE = 'refresh_token';
/**
 * Not a secret and readable by the SPA: "a refresh cookie was set". Without it the SPA knows there
 * is no session and makes no refresh call that could only answer 401.
 */
export const SESSION_HINT_COOKIE = 'sw_session';
type Account = Exclude<AccountState, { status: 'none' }>;

/** A session a sign-in started: what the controller answers with (tokens, cookie) once it is recorded. */
export type StartedSession = Readonly<{ account: Account; sessionId: string; refreshToken: string; position: bigint }>;

/** Starts sessions and answers with tokens: a short-lived access JWT and a rotating refresh token. */
@Injectable()
export class SessionIssuer {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly tokens: TokenIssuer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async start(account: Account, sessionId: string, client: { ip: string; device: string }, correlationId: string) {
    const secret = newSecret();
    const outcome = await this.pipeline.execute(
      sessionModel,
      sessionId,
      {
        type: 'StartSession',
        data: {
          sessionId,
          userId: account.userId,
          refreshHash: hashSecret(secret),
          ...client,
          absoluteTtlSeconds: this.config.session.absoluteTtlSeconds,
          idleTtlSeconds: this.config.session.idleTtlSeconds,
        },
      },
      { actor: { userId: account.userId, roles: account.roles }, correlationId },
    );
    return { refreshToken: composeToken(sessionId, secret), position: outcome.position };
  }

  newSessionId(): string {
    return this.ids.next();
  }

  answer(
    reply: FastifyReply,
    account: Account,
    sessionId: string,
    refreshToken: string,
    client: 'spa' | 'api',
    position: bigint,
  ) {
    const ttl = this.config.jwt.accessTokenTtlSeconds;
    const accessToken = this.tokens.issue({
      sub: account.userId,
      roles: account.roles,
      name: account.displayName,
      sid: sessionId,
      ...(account.emailVerified ? {} : { email_verified: false }),
    });
    void reply.header('x-position', String(position)).header('cache-control', 'no-store');
    const user = {
      id: account.userId,
      email: account.email,
      displayName: account.displayName,
      roles: account.roles,
      emailVerified: account.emailVerified,
    };
    if (client === 'api') return { accessToken, expiresIn: ttl, refreshToken, user, position: String(position) };
    const cookie = {
      secure: this.config.session.cookieSecure,
      sameSite: 'strict',
      maxAge: this.config.session.absoluteTtlSeconds,
    } as const;
    void reply
      .setCookie(REFRESH_COOKIE, refreshToken, { ...cookie, httpOnly: true, path: '/api/auth' })
      .setCookie(SESSION_HINT_COOKIE, '1', { ...cookie, httpOnly: false, path: '/' });
    return { accessToken, expiresIn: ttl, user, position: String(position) };
  }

  clearCookie(reply: FastifyReply): void {
    void reply.clearCookie(REFRESH_COOKIE, { path: '/api/auth' }).clearCookie(SESSION_HINT_COOKIE, { path: '/' });
  }
}
