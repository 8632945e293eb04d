import { Body, Controller, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { CommandPipeline, accountModel } from '@booking/command-pipeline';
import { DomainError } from '@booking/domain';
import {
  CLOCK,
  type Clock,
  PasswordHasher,
  ProblemException,
  composeToken,
  hashSecret,
  newSecret,
  parseToken,
  passwordProblems,
  problem,
  Throttled,
} from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { AccountDirectory } from '../shared/account-directory';
import { AccountMail } from '../shared/account-mail';
import { SessionRevoker } from '../shared/session-revoker';
import { MessageAnswer, PasswordResetAnswer } from '../accounts.answers';
import { NotRecorded } from '../../http/idempotency.interceptor';

export class PasswordResetRequest {
  @ApiProperty() @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254) email!: string;
}
export class PasswordResetConfirmation {
  @ApiProperty() @IsString() @MaxLength(200) token!: string;
  @ApiProperty({ minLength: 12, maxLength: 128 }) @IsString() @MaxLength(1024) password!: string;
}

const RESET_TTL_SECONDS = 3600;
const invalid = () => DomainError.validation('accounts.token-invalid', 'This link is invalid or has expired');

@NotRecorded()
@ApiTags('auth')
@Controller('api/auth/password-reset')
export class PasswordResetController {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly directory: AccountDirectory,
    private readonly mail: AccountMail,
    private readonly hasher: PasswordHasher,
    private readonly revoker: SessionRevoker,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Same answer whether or not the address has an account. */
  @Throttled()
  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: MessageAnswer })
  async request(@Body() body: PasswordResetRequest, @CommandRequest() context: RequestContext) {
    const userId = await this.directory.userIdFor(body.email);
    const account = userId ? await this.directory.account(userId) : undefined;
    if (account?.status === 'active') {
      const secret = newSecret();
      const now = this.clock.now();
      await this.pipeline.execute(
        accountModel,
        account.userId,
        {
          type: 'IssuePasswordReset',
          data: { userId: account.userId, tokenHash: hashSecret(secret), ttlSeconds: RESET_TTL_SECONDS },
        },
        { ...context, actor: { userId: account.userId, roles: [] } },
      );
      const expiresAt = new Date(now.getTime() + RESET_TTL_SECONDS * 1000);
      await this.mail.send(account.email, 'password-reset', {
        displayName: account.displayName,
        token: composeToken(account.userId, secret),
        expiresAt,
      });
    }
    return { message: 'If that address has an account, a reset link is on its way.' };
  }

  /** Sets the new password and ends every session of the account. */
  @Throttled()
  @Post('confirm')
  @HttpCode(200)
  @ApiOkResponse({ type: PasswordResetAnswer, description: 'Every session ended' })
  async confirm(
    @Body() body: PasswordResetConfirmation,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const token = parseToken(body.token);
    const account = token ? await this.directory.account(token.id) : undefined;
    if (!token || !account || account.status === 'none') throw invalid();
    const problems = passwordProblems(body.password, account.email);
    if (problems.length > 0) {
      throw new ProblemException(
        problem(400, 'validation', 'Invalid request', problems.join('; '), {
          errors: problems.map((message) => ({ field: 'password', message })),
        }),
      );
    }
    const now = this.clock.now();
    const actor = { userId: account.userId, roles: [] };
    const outcome = await this.pipeline.execute(
      accountModel,
      account.userId,
      {
        type: 'ResetPassword',
        data: {
          userId: account.userId,
          tokenHash: hashSecret(token.secret),
          passwordHash: await this.hasher.hash(body.password),
        },
      },
      { ...context, actor },
    );
    const revoked = await this.revoker.endAll(account.userId, 'password-changed', actor, context.correlationId);
    await this.mail.send(account.email, 'password-changed', { displayName: account.displayName, changedAt: now });
    return withPosition(reply, revoked.position > outcome.position ? revoked.position : outcome.position, {
      reset: true,
      sessionsEnded: revoked.ended,
    });
  }
}
