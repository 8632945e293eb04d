import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { CommandPipeline, accountModel } from '@booking/command-pipeline';
import { DomainError } from '@booking/domain';
import {
  type AuthenticatedActor,
  Authenticated,
  CLOCK,
  type Clock,
  PasswordHasher,
  ProblemException,
  Throttled,
  passwordProblems,
  problem,
} from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { AccountDirectory } from '../shared/account-directory';
import { AccountMail } from '../shared/account-mail';
import { SessionRevoker } from '../shared/session-revoker';
import { PasswordChangedAnswer } from '../accounts.answers';
import { NotRecorded } from '../../http/idempotency.interceptor';

export class ChangePasswordRequest {
  @ApiProperty() @IsString() @MaxLength(1024) currentPassword!: string;
  @ApiProperty({ minLength: 12, maxLength: 128 }) @IsString() @MaxLength(1024) newPassword!: string;
}

/** A signed-in user changes their password: the current one is required; every other session ends. */
@NotRecorded()
@ApiTags('accounts')
@Controller('api/me/password')
export class ChangePasswordController {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly directory: AccountDirectory,
    private readonly hasher: PasswordHasher,
    private readonly revoker: SessionRevoker,
    private readonly mail: AccountMail,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(200)
  @Throttled()
  @Authenticated()
  @ApiOkResponse({ type: PasswordChangedAnswer, description: 'Every other session ended' })
  async change(
    @Body() body: ChangePasswordRequest,
    @Req() request: { user: AuthenticatedActor },
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const account = await this.directory.account(context.actor.userId);
    if (account.status === 'none') throw DomainError.notFound('accounts.not-found', 'No account behind this token');
    const problems = passwordProblems(body.newPassword, account.email);
    if (problems.length > 0) {
      throw new ProblemException(
        problem(400, 'validation', 'Invalid request', problems.join('; '), {
          errors: problems.map((message) => ({ field: 'newPassword', message })),
        }),
      );
    }
    const currentPasswordOk = await this.hasher.verify(account.passwordHash, body.currentPassword);
    const now = this.clock.now();
    const outcome = await this.pipeline.execute(
      accountModel,
      account.userId,
      {
        type: 'ChangePassword',
        data: { userId: account.userId, currentPasswordOk, passwordHash: await this.hasher.hash(body.newPassword) },
      },
      context,
    );
    const ended = await this.revoker.endAll(
      account.userId,
      'password-changed',
      context.actor,
      context.correlationId,
      request.user.sessionId,
    );
    await this.mail.send(account.email, 'password-changed', { displayName: account.displayName, changedAt: now });
    return withPosition(reply, ended.position > outcome.position ? ended.position : outcome.position, {
      changed: true,
      sessionsEnded: ended.ended,
    });
  }
}
