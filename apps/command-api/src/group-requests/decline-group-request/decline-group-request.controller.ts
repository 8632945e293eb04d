import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { GroupRequestAnswer } from '../group-requests.answers';
import { DeclineGroupRequestCommand } from './decline-group-request.command';
import { DeclineGroupRequestRequest } from './decline-group-request.request';

@ApiTags('group-requests')
@Controller('api/group-requests')
export class DeclineGroupRequestController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':requestId/decline')
  @HttpCode(200)
  @Authenticated('organizer', 'admin')
  @ApiOkResponse({ type: GroupRequestAnswer, description: 'The requester keeps the per-order limit' })
  @ApiProblems({
    404: "No such request, or not for one of the caller's events (group-request.not-found)",
    409: 'Already approved or declined (group-request.decided)',
  })
  async decline(
    @Param('requestId', new ParseUUIDPipe()) requestId: string,
    @Body() body: DeclineGroupRequestRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, ...result } = await this.commands.execute(
      new DeclineGroupRequestCommand({ data: { requestId: requestId.toLowerCase(), reason: body.reason }, context }),
    );
    return withPosition(reply, position, result);
  }
}
