import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CommandPipeline, accountModel } from '@booking/command-pipeline';
import {
  ApiProblems,
  CLOCK,
  type Clock,
  PasswordHasher,
  ProblemException,
  problem,
  Throttled,
} from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { AccountDirectory } from '../shared/account-directory';
import { AccountMail } from '../shared/account-mail';
import { clientInfo } from '../shared/client-info';
import { SessionIssuer } from '../shared/session-issuer';
import { SessionAnswer } from '../accounts.answers';
import { NotRecorded } from '../../http/idempotency.interceptor';

export class LoginRequest {
  @ApiProperty() @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254) email!: string;
  @ApiProperty() @IsString() @MaxLength(1024) password!: string;
  @ApiPropertyOptional({ enum: ['spa', 'api'], default: 'spa' }) @IsOptional() @IsIn(['spa', 'api']) client?:
    'spa' | 'api';
}

const badCredentials = () =>
  new ProblemException(
    problem(401, 'accounts/bad-credentials', 'Unauthorized', 'The e-mail address or password is wrong', {
      code: 'accounts.bad-credentials',
    }),
  );

/** Every attempt on an existing account is an event; five bad passwords lock it for 15 minutes. */
@NotRecorded()
@ApiTags('auth')
@Controller('api/auth')
export class LoginController {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly directory: AccountDirectory,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionIssuer,
    private readonly mail: AccountMail,
    @Inject(CLOCK) private readonly clock: Clock,
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
    const userId = await this.directory.userIdFor(body.email);
    const account = userId ? await this.directory.account(userId) : undefined;
    if (!account || account.status === 'none') {
      await this.hasher.verifyAgainstNothing(body.password);
      throw badCredentials();
    }
    const passwordOk = await this.hasher.verify(account.passwordHash, body.password);
    const sessionId = this.sessions.newSessionId();
    const client = clientInfo(request);
    const now = this.clock.now();
    const outcome = await this.pipeline.execute(
      accountModel,
      account.userId,
      {
        type: 'RecordLogin',
        data: { userId: account.userId, sessionId, passwordOk, ...client },
      },
      { ...context, actor: { userId: account.userId, roles: [] } },
    );
    const [first, second] = outcome.events;
    if (first.type === 'LoginSucceeded') {
      const { refreshToken, position } = await this.sessions.start(account, sessionId, client, context.correlationId);
      return this.sessions.answer(
        reply,
        { ...account, failures: [], lockedUntil: 0 },
        sessionId,
        refreshToken,
        body.client ?? 'spa',
        position,
      );
    }
    const state = outcome.state;
    if (second?.type === 'AccountLocked')
      await this.mail.send(account.email, 'account-locked', {
        displayName: account.displayName,
        lockedUntil: second.data.until,
      });
    if (
      first.type === 'LoginFailed' &&
      (first.data.reason === 'locked' || second?.type === 'AccountLocked') &&
      state.status !== 'none'
    ) {
      const seconds = Math.max(1, Math.ceil((state.lockedUntil - now.getTime()) / 1000));
      throw new ProblemException(
        problem(
          429,
          'accounts/locked',
          'Too Many Requests',
          `Too many failed attempts; try again in ${seconds} seconds`,
          { code: 'accounts.locked' },
        ),
        { 'retry-after': String(seconds) },
      );
    }
    if (first.type === 'LoginFailed' && first.data.reason === 'disabled' && passwordOk) {
      throw new ProblemException(
        problem(403, 'accounts/disabled', 'Forbidden', 'This account is disabled', { code: 'accounts.disabled' }),
      );
    }
    throw badCredentials();
  }
}
