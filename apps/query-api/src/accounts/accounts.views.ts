import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES } from '@booking/domain';

export class MeView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: string[];
  @ApiProperty() emailVerified!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

class UserView extends MeView {
  @ApiProperty() disabled!: boolean;
}

export class UsersView {
  @ApiProperty({ type: [UserView] }) items!: UserView[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
}

class SecurityEventView {
  @ApiProperty({ example: 'LoginSucceeded' }) type!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ description: 'Who did it (a user id, or system:…)' }) actor!: string;
  @ApiPropertyOptional() ip?: string;
  @ApiProperty() detail!: string;
}

export class SecurityHistoryView {
  @ApiProperty({ type: [SecurityEventView] }) items!: SecurityEventView[];
}

class SessionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() device!: string;
  @ApiProperty() ip!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) lastUsedAt!: string;
  @ApiProperty({ description: 'The session of this token' }) current!: boolean;
}

export class SessionsView {
  @ApiProperty({ type: [SessionView] }) items!: SessionView[];
}

class ProviderView {
  @ApiProperty({ example: 'google' }) id!: string;
  @ApiProperty({ example: 'Google' }) name!: string;
}

export class ProvidersView {
  @ApiProperty({ type: [ProviderView] }) items!: ProviderView[];
}
