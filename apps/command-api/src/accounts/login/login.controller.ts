import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblems, Throttled } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { NotRecorded } from '../../http/idempotency.interceptor';
import { SessionAnswer } from '../accounts.answers';
import { clientInfo } from '../shared/client-info';
import { SessionIssuer } from '../shared/session-issuer';
import { LoginCommand } from './login.command';
import { LoginRequest } from './login.request';

@NotRecorded()
@ApiTags('auth')
@Controller('api/auth')
export class LoginController {
  constructor(
    private readonly commands: CommandBus,
    private readonly sessions: SessionIssuer,
  ) {}

  @Throttled()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({
    type: SessionAnswer,
    description: 'The access token, and the refresh cookie (or refreshToken in the body for client "api")',
  })
  @ApiUnauthorizedResponse({ description: 'Wrong address or password (the same answer for both)' })
  @ApiTooManyRequestsResponse({ description: 'Locked out or throttled, with Retry-After' })
  @ApiProblems({ 403: 'The account is disabled (accounts.disabled), told only to the right password' })
  async login(
    @Body() body: LoginRequest,
    @Req() request: FastifyRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { email, password } = body;
    const started = await this.commands.execute(
      new LoginCommand({ data: { email, password, ...clientInfo(request) }, context }),
    );
    const { account, sessionId, refreshToken, position } = started;
    return this.sessions.answer(reply, account, sessionId, refreshToken, body.client ?? 'spa', position);
  }
}
