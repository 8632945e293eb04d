import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { normalizeEmail } from '@booking/domain';
import {
  CLOCK,
  type Clock,
  PasswordHasher,
  ProblemException,
  composeToken,
  passwordProblems,
  problem,
  Throttled,
} from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { AccountMail } from '../shared/account-mail';
import { AccountRegistration } from '../shared/account-registration';
import { MessageAnswer } from '../accounts.answers';
import { NotRecorded } from '../../http/idempotency.interceptor';

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
@NotRecorded()
@ApiTags('accounts')
@Controller('api/accounts')
export class RegisterController {
  constructor(
    private readonly registration: AccountRegistration,
    private readonly mail: AccountMail,
    private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Throttled()
  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: MessageAnswer, description: 'Always the same answer' })
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
    const displayName = body.displayName.trim();
    const registration = await this.registration.register(
      { email, displayName, passwordHash, verified: false, verificationTtlSeconds: VERIFICATION_TTL_SECONDS },
      context.correlationId,
    );
    if (registration.status === 'taken') {
      await this.mail.send(email, 'already-registered', {
        displayName: registration.account.displayName,
        attemptedAt: now,
      });
      return ACCEPTED;
    }
    const expiresAt = new Date(now.getTime() + VERIFICATION_TTL_SECONDS * 1000);
    const token = composeToken(registration.userId, registration.verificationSecret);
    await this.mail.send(email, 'verify-email', { displayName, token, expiresAt });
    return ACCEPTED;
  }
}
