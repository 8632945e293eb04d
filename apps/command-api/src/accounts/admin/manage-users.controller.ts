import { Body, Controller, Delete, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DomainError, ROLES, type Role } from '@booking/domain';
import { Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { NotRecorded } from '../../http/idempotency.interceptor';
import { withPosition } from '../../http/position';
import { AccountDisabledAnswer, ChangedAnswer, SessionsRevokedAnswer } from '../accounts.answers';
import {
  type AccountChange,
  ChangeAccountCommand,
  DisableAccountCommand,
  EndUserSessionsCommand,
} from './manage-users.command';
import { DisableRequest, GrantRoleRequest } from './manage-users.request';

/** Admins grant and revoke roles, disable and enable accounts, end a user's sessions. Every change is an event with the actor. */
@NotRecorded() // accounts answers carry personal data: never in an idempotency record (docs/personal-data.md)
@ApiTags('admin')
@Controller('api/admin/users/:userId')
export class ManageUsersController {
  constructor(private readonly commands: CommandBus) {}

  @Post('roles')
  @HttpCode(200)
  @Authenticated('admin')
  @ApiOkResponse({ type: ChangedAnswer, description: 'Takes effect at the user’s next token refresh' })
  grant(
    @Param('userId', new ParseUUIDPipe()) userId: string,
    @Body() body: GrantRoleRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run(reply, context, { type: 'GrantRole', data: { userId, role: body.role } });
  }

  @Delete('roles/:role')
  @Authenticated('admin')
  @ApiOkResponse({ type: ChangedAnswer, description: 'Takes effect at the user’s next token refresh' })
  @ApiParam({ name: 'role', enum: ROLES, description: 'Another value is refused with 422 accounts.unknown-role' })
  revoke(
    @Param('userId', new ParseUUIDPipe()) userId: string,
    @Param('role') role: string,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    if (!(ROLES as readonly string[]).includes(role))
      throw DomainError.validation('accounts.unknown-role', `role must be one of ${ROLES.join(', ')}`);
    return this.run(reply, context, { type: 'RevokeRole', data: { userId, role: role as Role } });
  }

  @Post('disable')
  @HttpCode(200)
  @Authenticated('admin')
  @ApiOkResponse({ type: AccountDisabledAnswer, description: 'Disabled; every session ended' })
  async disable(
    @Param('userId', new ParseUUIDPipe()) userId: string,
    @Body() body: DisableRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, ...result } = await this.commands.execute(
      new DisableAccountCommand({ data: { userId, reason: body.reason }, context }),
    );
    return withPosition(reply, position, result);
  }

  @Post('enable')
  @HttpCode(200)
  @Authenticated('admin')
  @ApiOkResponse({ type: ChangedAnswer })
  enable(
    @Param('userId', new ParseUUIDPipe()) userId: string,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run(reply, context, { type: 'EnableAccount', data: { userId } });
  }

  @Delete('sessions')
  @Authenticated('admin')
  @ApiOkResponse({ type: SessionsRevokedAnswer })
  async endSessions(
    @Param('userId', new ParseUUIDPipe()) userId: string,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, revoked } = await this.commands.execute(
      new EndUserSessionsCommand({ data: { userId }, context }),
    );
    return withPosition(reply, position, { revoked });
  }

  private async run(reply: FastifyReply, context: RequestContext, change: AccountChange) {
    const { position, changed } = await this.commands.execute(new ChangeAccountCommand({ data: change, context }));
    return withPosition(reply, position, { changed });
  }
}
