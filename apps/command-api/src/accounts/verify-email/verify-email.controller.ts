import { Body, Controller, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { CommandPipeline, accountModel } from '@booking/command-pipeline';
import { DomainError } from '@booking/domain';
import { CLOCK, type Clock, composeToken, hashSecret, newSecret, parseToken, Throttled } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { AccountDirectory } from '../shared/account-directory';
import { AccountMail } from '../shared/account-mail';
import { VERIFICATION_TTL_SECONDS } from '../register/register.controller';
import { EmailVerifiedAnswer, MessageAnswer } from '../accounts.answers';

export class VerifyEmailRequest {
  @ApiProperty() @IsString() @MaxLength(200) token!: string;
}
export class ResendVerificationRequest {
  @ApiProperty() @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254) email!: string;
}

const invalid = () => DomainError.validation('accounts.token-invalid', 'This link is invalid or has expired');

@ApiTags('accounts')
@Controller('api/accounts')
export class VerifyEmailController {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly directory: AccountDirectory,
    private readonly mail: AccountMail,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Throttled()
  @Post('verify-email')
  @HttpCode(200)
  @ApiOkResponse({ type: EmailVerifiedAnswer })
  async verify(
    @Body() body: VerifyEmailRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const token = parseToken(body.token);
    if (!token) throw invalid();
    try {
      const outcome = await this.pipeline.execute(
        accountModel,
        token.id,
        {
          type: 'VerifyEmail',
          data: { userId: token.id, tokenHash: hashSecret(token.secret) },
        },
        { ...context, actor: { userId: token.id, roles: [] } },
      );
      return withPosition(reply, outcome.position, { verified: true });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'accounts.not-found') throw invalid();
      throw error;
    }
  }

  /** Same answer for any address. */
  @Throttled()
  @Post('resend-verification')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: MessageAnswer })
  async resend(@Body() body: ResendVerificationRequest, @CommandRequest() context: RequestContext) {
    const userId = await this.directory.userIdFor(body.email);
    const account = userId ? await this.directory.account(userId) : undefined;
    if (account && account.status === 'active' && !account.emailVerified) {
      const secret = newSecret();
      const now = this.clock.now();
      await this.pipeline.execute(
        accountModel,
        account.userId,
        {
          type: 'IssueEmailVerification',
          data: { userId: account.userId, tokenHash: hashSecret(secret), ttlSeconds: VERIFICATION_TTL_SECONDS },
        },
        { ...context, actor: { userId: account.userId, roles: [] } },
      );
      const expiresAt = new Date(now.getTime() + VERIFICATION_TTL_SECONDS * 1000);
      await this.mail.send(account.email, 'verify-email', {
        displayName: account.displayName,
        token: composeToken(account.userId, secret),
        expiresAt,
      });
    }
    return { message: 'If that address has an unverified account, a new link is on its way.' };
  }
}
