import { Body, Controller, Delete, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { type CommandInput, CommandPipeline, accountModel } from '@booking/command-pipeline';
import { type AccountCommand, DomainError, ROLES, type Role } from '@booking/domain';
import { Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { SessionRevoker } from '../shared/session-revoker';
import { AccountDisabledAnswer, ChangedAnswer, SessionsRevokedAnswer } from '../accounts.answers';

export class GrantRoleRequest {
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES as unknown as string[]) role!: Role;
}
export class DisableRequest {
  @ApiProperty() @IsString() @Length(3, 500) reason!: string;
}

/** Admins grant and revoke roles, disable and enable accounts, end a user's sessions. Every change is an event with the actor. */
@ApiTags('admin')
@Controller('api/admin/users/:userId')
export class ManageUsersController {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly revoker: SessionRevoker,
  ) {}

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
    return this.run(reply, context, { type: 'RevokeRole', data: { userId, role: role as Role } }, () =>
      (ROLES as readonly string[]).includes(role),
    );
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
    const result = await this.run(reply, context, { type: 'DisableAccount', data: { userId, reason: body.reason } });
    const revoked = await this.revoker.endAll(userId, 'disabled', context.actor, context.correlationId);
    return withPosition(
      reply,
      revoked.position > BigInt(result.position) ? revoked.position : BigInt(result.position),
      { ...result, sessionsEnded: revoked.ended },
    );
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
    const { ended, position } = await this.revoker.endAll(userId, 'revoked', context.actor, context.correlationId);
    return withPosition(reply, position, { revoked: ended });
  }

  private async run(
    reply: FastifyReply,
    context: RequestContext,
    command: CommandInput<AccountCommand>,
    valid: () => boolean = () => true,
  ) {
    if (!valid()) throw DomainError.validation('accounts.unknown-role', `role must be one of ${ROLES.join(', ')}`);
    const outcome = await this.pipeline.execute(accountModel, command.data.userId, command, context);
    return withPosition(reply, outcome.position, { changed: outcome.events.length > 0 });
  }
}
