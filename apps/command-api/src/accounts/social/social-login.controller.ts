import { Body, Controller, HttpCode, Inject, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type IdentityProvider, IdentityProviderError } from '@booking/identity';
import {
  APP_CONFIG,
  ApiProblems,
  type AppConfig,
  ProblemException,
  PublicOrigin,
  Throttled,
  problem,
} from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { clientInfo } from '../shared/client-info';
import { SessionIssuer } from '../shared/session-issuer';
import { IDENTITY_PROVIDERS } from './identity-providers';
import { AuthorizationUrlAnswer, SessionAnswer } from '../accounts.answers';
import { NotRecorded } from '../../http/idempotency.interceptor';
import { SocialLoginCommand } from './social-login.command';
import { CallbackRequest } from './social-login.request';

const FLOW_COOKIE = 'oidc_flow';
const FLOW_TTL_SECONDS = 600;

/** Social login: start (PKCE, state, nonce kept in a signed httpOnly cookie) and callback (the SPA posts what the provider sent). */
@NotRecorded()
@ApiTags('auth')
@Controller('api/auth/oidc/:provider')
export class SocialLoginController {
  constructor(
    @Inject(IDENTITY_PROVIDERS) private readonly providers: IdentityProvider[],
    private readonly commands: CommandBus,
    private readonly sessions: SessionIssuer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly origin: PublicOrigin,
  ) {}

  @Post('start')
  @HttpCode(200)
  @Throttled()
  @ApiOkResponse({ type: AuthorizationUrlAnswer })
  async start(@Param('provider') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const provider = this.provider(id);
    const request = await provider.authorizationRequest({ redirectUri: this.redirectUri(id) });
    const flow = JSON.stringify({
      provider: id,
      state: request.state,
      nonce: request.nonce,
      codeVerifier: request.codeVerifier,
    });
    void reply.setCookie(FLOW_COOKIE, flow, {
      httpOnly: true,
      secure: this.config.session.cookieSecure,
      sameSite: 'lax',
      path: '/api/auth/oidc',
      maxAge: FLOW_TTL_SECONDS,
      signed: true,
    });
    return { authorizationUrl: request.url };
  }

  @Post('callback')
  @HttpCode(200)
  @Throttled()
  @ApiOkResponse({ type: SessionAnswer, description: 'Same answer as login' })
  @ApiProblems({ 403: 'The account cannot sign in now (disabled)' })
  async callback(
    @Param('provider') id: string,
    @Body() body: CallbackRequest,
    @Req() request: FastifyRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const provider = this.provider(id);
    const raw = request.cookies?.[FLOW_COOKIE];
    const unsigned = raw ? request.unsignCookie(raw) : undefined;
    const flow =
      unsigned?.valid && unsigned.value
        ? (JSON.parse(unsigned.value) as { provider: string; state: string; nonce?: string; codeVerifier: string })
        : undefined;
    void reply.clearCookie(FLOW_COOKIE, { path: '/api/auth/oidc' });
    if (!flow || flow.provider !== id)
      throw this.refused('The sign-in took too long or was started elsewhere; start again');
    let identity;
    try {
      identity = await provider.complete({
        redirectUri: this.redirectUri(id),
        callbackParams: { code: body.code, state: body.state, ...(body.iss ? { iss: body.iss } : {}) },
        expected: { state: flow.state, nonce: flow.nonce, codeVerifier: flow.codeVerifier },
      });
    } catch (error) {
      if (error instanceof IdentityProviderError)
        throw this.refused(`Sign-in with ${provider.name} failed (${error.code})`);
      throw error;
    }
    const { account, sessionId, refreshToken, position } = await this.commands.execute(
      new SocialLoginCommand({ data: { identity, providerName: provider.name, ...clientInfo(request) }, context }),
    );
    return this.sessions.answer(reply, account, sessionId, refreshToken, 'spa', position);
  }

  private provider(id: string): IdentityProvider {
    const provider = this.providers.find((p) => p.id === id);
    if (!provider) throw new NotFoundException(`No identity provider ${id} is configured`);
    return provider;
  }

  private redirectUri(id: string): string {
    return `${this.origin.url}/auth/callback/${id}`;
  }

  private refused(detail: string) {
    return new ProblemException(
      problem(400, 'accounts/social-login-failed', 'Bad Request', detail, { code: 'accounts.social-login-failed' }),
    );
  }
}
