import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Authenticated, QueryNumber } from '@booking/platform';
import type { AccountDoc, SecurityEventDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { ReadsProjections } from '../../http/reads-projections';
import { SecurityHistoryView, UsersView } from '../accounts.views';

export class ListUsersParams {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ default: 20 }) @IsOptional() @QueryNumber() @IsInt() @Min(1) @Max(100) limit?: number;
  @ApiPropertyOptional({ default: 0 }) @IsOptional() @QueryNumber() @IsInt() @Min(0) offset?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() minPosition?: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

@ApiTags('admin')
@ReadsProjections('accounts', 'security-events')
@Controller('api/admin/users')
export class AdminUsersController {
  constructor(private readonly readModels: ReadModels) {}

  @Get()
  @Authenticated('admin')
  @ApiOkResponse({ type: UsersView })
  async list(@Query() params: ListUsersParams) {
    const accounts = await this.readModels.collection<AccountDoc>('accounts');
    const q = params.q?.trim();
    const filter = q
      ? {
          $or: [{ email: { $regex: escape(q), $options: 'i' } }, { displayName: { $regex: escape(q), $options: 'i' } }],
        }
      : {};
    const [items, total] = await Promise.all([
      accounts.find(filter, { sort: { createdAt: -1, _id: 1 }, skip: params.offset ?? 0, limit: params.limit ?? 20 }),
      accounts.countDocuments(filter),
    ]);
    return {
      items: items.map((a) => ({
        id: a._id,
        email: a.email,
        displayName: a.displayName,
        roles: a.roles,
        emailVerified: a.emailVerified,
        disabled: a.disabled,
        createdAt: a.createdAt,
      })),
      total,
    };
  }

  @Get(':userId/security-history')
  @Authenticated('admin')
  @ApiOkResponse({ type: SecurityHistoryView, description: 'Newest first' })
  async history(@Param('userId', new ParseUUIDPipe()) userId: string) {
    const events = await (
      await this.readModels.collection<SecurityEventDoc>('security-events')
    ).find({ userId }, { sort: { at: -1, _id: -1 }, limit: 200 });
    return {
      items: events.map(({ type, at, actor, ip, detail }) => ({ type, at, actor, ...(ip ? { ip } : {}), detail })),
    };
  }
}
