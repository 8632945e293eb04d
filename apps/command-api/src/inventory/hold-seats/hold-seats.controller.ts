import { Body, Controller, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated, VerifiedEmailGuard } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { HoldSeatsCommand } from './hold-seats.command';
import { HoldSeatsRequest } from './hold-seats.request';
import { HoldAnswer } from '../inventory.answers';

@ApiTags('inventory')
@Controller('api/events')
export class HoldSeatsController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':eventId/holds')
  @UseGuards(VerifiedEmailGuard) // listed first, runs after the JWT guard of @Authenticated (decorators apply bottom-up)
  @Authenticated()
  @ApiCreatedResponse({ type: HoldAnswer, description: 'Seats held until expiresAt' })
  @ApiNotFoundResponse({ description: 'Unknown or unpublished event' })
  @ApiConflictResponse({
    description:
      'Not enough free seats, sales not open (without a presale access code) or closed, or the access code is disabled, outside its dates or used up',
  })
  @ApiForbiddenResponse({
    description: 'A section or seats at a hidden price tier, without an access code that unlocks it',
  })
  @ApiUnprocessableEntityResponse({ description: 'An unknown access code, or one that opens nothing' })
  async hold(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @Body() body: HoldSeatsRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { quantity, ttlSeconds, sectionId, seatIds, accessCode, groupRequestId } = body;
    const { position, ...result } = await this.commands.execute(
      new HoldSeatsCommand({
        data: {
          eventId,
          quantity,
          ttlSeconds,
          sectionId,
          seatIds,
          accessCode,
          ...(groupRequestId ? { groupRequestId: groupRequestId.toLowerCase() } : {}),
        },
        context,
      }),
    );
    return withPosition(reply, position, result);
  }
}
