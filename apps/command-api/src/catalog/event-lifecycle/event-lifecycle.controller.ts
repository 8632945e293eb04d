import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { ChangeEventStatusCommand, type LifecycleChange } from './event-lifecycle.command';
import { EventStatusAnswer } from '../catalog.answers';
import { ReasonRequest } from './event-lifecycle.request';

/** Draft → Submitted → Approved / Rejected → Published → Cancelled; illegal transitions are 409. */
@ApiTags('catalog')
@ApiConflictResponse({
  description: 'Not allowed from the current status (problem+json, code catalog.illegal-transition)',
})
@Controller('api/events/:eventId')
export class EventLifecycleController {
  constructor(private readonly commands: CommandBus) {}

  @Post('submit')
  @HttpCode(200)
  @Authenticated('organizer', 'admin')
  @ApiOkResponse({
    type: EventStatusAnswer,
    description: 'Submitted for approval; 422 catalog.incomplete names what is missing',
  })
  submit(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run({ type: 'SubmitEvent', data: { eventId } }, context, reply);
  }

  @Post('withdraw')
  @HttpCode(200)
  @Authenticated('organizer', 'admin')
  @ApiOkResponse({ type: EventStatusAnswer, description: 'Back to draft' })
  withdraw(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run({ type: 'WithdrawSubmission', data: { eventId } }, context, reply);
  }

  @Post('approve')
  @HttpCode(200)
  @Authenticated('admin')
  @ApiOkResponse({ type: EventStatusAnswer, description: 'Approved; the organizer may publish' })
  approve(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run({ type: 'ApproveEvent', data: { eventId } }, context, reply);
  }

  @Post('reject')
  @HttpCode(200)
  @Authenticated('admin')
  @ApiOkResponse({ type: EventStatusAnswer, description: 'Rejected with the reason' })
  reject(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @Body() body: ReasonRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run({ type: 'RejectEvent', data: { eventId, reason: body.reason } }, context, reply);
  }

  @Post('cancel')
  @HttpCode(200)
  @Authenticated('organizer', 'admin')
  @ApiOkResponse({ type: EventStatusAnswer, description: 'Cancelled; holders are told and refunded' })
  cancel(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @Body() body: ReasonRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run({ type: 'CancelEvent', data: { eventId, reason: body.reason } }, context, reply);
  }

  private async run(change: LifecycleChange, context: RequestContext, reply: FastifyReply) {
    const { position, ...result } = await this.commands.execute(
      new ChangeEventStatusCommand({ data: change, context }),
    );
    return withPosition(reply, position, result);
  }
}
