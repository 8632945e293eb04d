import { BadRequestException, Controller, Delete, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { ReleaseHoldCommand } from './release-hold.command';
import { HoldReleasedAnswer } from '../inventory.answers';

@ApiTags('inventory')
@Controller('api/events')
export class ReleaseHoldController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':eventId/holds/:holdId')
  @Authenticated()
  @ApiOkResponse({ type: HoldReleasedAnswer, description: 'Hold released' })
  @ApiNotFoundResponse({ description: 'No such active hold of yours' })
  @ApiQuery({
    name: 'sectionId',
    required: false,
    description: "The hold's seating-plan section, if any",
    schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,39}$' },
  })
  async release(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @Param('holdId', new ParseUUIDPipe()) holdId: string,
    @Query('sectionId') sectionId: string | undefined,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    if (sectionId !== undefined && !/^[a-z0-9][a-z0-9-]{0,39}$/.test(sectionId)) {
      throw new BadRequestException('sectionId must be a section id of the seating plan');
    }
    const result = await this.commands.execute(
      new ReleaseHoldCommand({ data: { eventId, holdId, ...(sectionId !== undefined ? { sectionId } : {}) }, context }),
    );
    return withPosition(reply, result.position, { holdId });
  }
}
