import { Body, Controller, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated, VerifiedEmailGuard } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { WaitlistJoinedAnswer } from '../inventory.answers';
import { JoinWaitlistCommand } from './join-waitlist.command';
import { JoinWaitlistRequest } from './join-waitlist.request';

@ApiTags('inventory')
@Controller('api/events')
export class JoinWaitlistController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':eventId/waitlist')
  @UseGuards(VerifiedEmailGuard) // runs after the JWT guard of @Authenticated (decorators apply bottom-up)
  @Authenticated()
  @ApiCreatedResponse({ type: WaitlistJoinedAnswer, description: 'On the waitlist; place 1 is offered first' })
  @ApiNotFoundResponse({ description: 'Unknown event, or not on sale' })
  @ApiConflictResponse({
    description: 'Places are free (hold them instead), the waitlist is off, or the caller already waits',
  })
  async join(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @Body() body: JoinWaitlistRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, ...result } = await this.commands.execute(
      new JoinWaitlistCommand({ data: { eventId, quantity: body.quantity, sectionId: body.sectionId }, context }),
    );
    return withPosition(reply, position, result);
  }
}
