import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { CommandPipeline, accountModel, emailClaimModel, emailStreamKey } from '@booking/command-pipeline';
import { DomainError, normalizeEmail } from '@booking/domain';
import {
  CLOCK,
  type Clock,
  ID_GENERATOR,
  type IdGenerator,
  PasswordHasher,
  ProblemException,
  composeToken,
  hashSecret,
  newSecret,
  passwordProblems,
  problem,
  Throttled,
} from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { AccountDirectory } from '../shared/account-directory';
import { AccountMail } from '../shared/account-mail';

export class RegisterRequest {
  @ApiProperty({ example: 'ann@example.com' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;
  @ApiProperty({ minLength: 12, maxLength: 128 }) @IsString() @MaxLength(1024) password!: string;
  @ApiProperty({ example: 'Ann' }) @IsString() @Length(1, 80) displayName!: string;
}

export const VERIFICATION_TTL_SECONDS = 24 * 3600;
const ACCEPTED = { message: 'Check your mailbox: we sent you a link to confirm your address.' };

/** Registration answers the same whether or not the address is free; the mail tells the owner. */
@ApiTags('accounts')
@Controller('api/accounts')
export class RegisterController {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly directory: AccountDirectory,
    private readonly mail: AccountMail,
    private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Throttled()
  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ description: '{ message } — always the same' })
  async register(@Body() body: RegisterRequest, @CommandRequest() context: RequestContext) {
    const email = normalizeEmail(body.email);
    const problems = passwordProblems(body.password, email);
    if (problems.length > 0) {
      throw new ProblemException(
        problem(400, 'validation', 'Invalid request', problems.join('; '), {
          errors: problems.map((message) => ({ field: 'password', message })),
        }),
      );
    }
    const passwordHash = await this.hasher.hash(body.password); // before the lookup: same time either way
    const now = this.clock.now();
    let userId = this.ids.next();
    try {
      await this.pipeline.execute(
        emailClaimModel,
        emailStreamKey(email),
        { type: 'ClaimEmail', data: { email, userId }, metadata: { now, actor: { userId, roles: [] } } },
        context,
      );
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'accounts.email-taken')) throw error;
      const owner = (await this.directory.userIdFor(email))!;
      const existing = await this.directory.account(owner);
      if (existing.status !== 'none') {
        await this.mail.send(email, 'already-registered', { displayName: existing.displayName, attemptedAt: now });
        return ACCEPTED;
      }
      userId = owner; // a claim whose registration never completed: finish it
    }
    const secret = newSecret();
    await this.pipeline.execute(
      accountModel,
      userId,
      {
        type: 'RegisterAccount',
        data: {
          userId,
          email,
          displayName: body.displayName.trim(),
          passwordHash,
          verificationHash: hashSecret(secret),
          verificationTtlSeconds: VERIFICATION_TTL_SECONDS,
        },
        metadata: { now, actor: { userId, roles: [] } },
      },
      context,
    );
    const expiresAt = new Date(now.getTime() + VERIFICATION_TTL_SECONDS * 1000);
    await this.mail.send(email, 'verify-email', {
      displayName: body.displayName.trim(),
      token: composeToken(userId, secret),
      expiresAt,
    });
    return ACCEPTED;
  }
}
