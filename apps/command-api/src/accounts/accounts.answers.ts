import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES } from '@booking/domain';
import { CommandAnswer } from '../http/command-answer';

export class MessageAnswer {
  @ApiProperty({ description: 'The same whatever the address (nothing is revealed)' }) message!: string;
}

export class ChangedAnswer extends CommandAnswer {
  @ApiProperty({ description: 'false when it already was so' }) changed!: boolean;
}

export class AccountDisabledAnswer extends ChangedAnswer {
  @ApiProperty({ type: 'integer', minimum: 0 }) sessionsEnded!: number;
}

export class PasswordChangedAnswer extends CommandAnswer {
  @ApiProperty({ enum: [true] }) changed!: boolean;
  @ApiProperty({ type: 'integer', minimum: 0 }) sessionsEnded!: number;
}

export class PasswordResetAnswer extends CommandAnswer {
  @ApiProperty({ enum: [true] }) reset!: boolean;
  @ApiProperty({ type: 'integer', minimum: 0 }) sessionsEnded!: number;
}

export class EmailVerifiedAnswer extends CommandAnswer {
  @ApiProperty({ enum: [true] }) verified!: boolean;
}

export class SessionsRevokedAnswer extends CommandAnswer {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'How many sessions ended' }) revoked!: number;
}

export class AuthorizationUrlAnswer {
  @ApiProperty({ format: 'uri' }) authorizationUrl!: string;
}

class SignedInUser {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: string[];
  @ApiProperty() emailVerified!: boolean;
}

/** A new session: the access token, and the refresh token in the body for API clients (the SPA gets a cookie). */
export class SessionAnswer extends CommandAnswer {
  @ApiProperty({ description: 'ES256 JWT; send as Authorization: Bearer' }) accessToken!: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Seconds' }) expiresIn!: number;
  @ApiPropertyOptional({ description: 'Only for client "api"' }) refreshToken?: string;
  @ApiProperty({ type: SignedInUser }) user!: SignedInUser;
}
