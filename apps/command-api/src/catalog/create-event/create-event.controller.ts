import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { CreateEventCommand } from './create-event.command';
import { CreateEventRequest, createEventData } from './create-event.request';
import { EventAnswer } from '../catalog.answers';

@ApiTags('catalog')
@Controller('api/events')
export class CreateEventController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Authenticated('organizer', 'admin')
  @ApiCreatedResponse({ type: EventAnswer, description: 'Draft event created' })
  @ApiUnprocessableEntityResponse({ description: 'A rule refused it (time in the past, unknown category, ...)' })
  async create(
    @Body() body: CreateEventRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.commands.execute(new CreateEventCommand({ data: createEventData(body), context }));
    return withPosition(reply, result.position, { eventId: result.eventId });
  }
}
