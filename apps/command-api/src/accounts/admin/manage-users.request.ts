import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { ROLES, type Role } from '@booking/domain';

export class GrantRoleRequest {
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES as unknown as string[]) role!: Role;
}
export class DisableRequest {
  @ApiProperty() @IsString() @Length(3, 500) reason!: string;
}
