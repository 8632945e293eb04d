import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authenticated } from '@booking/platform';
import { NotRecorded } from '../../http/idempotency.interceptor';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { EventAccessAnswer } from '../promotions.answers';
import { CheckAccessQuery } from './check-access.query';
import { CheckAccessRequest } from './check-access.request';

@ApiTags('promotions')
@Controller('api/events')
export class CheckAccessController {
  constructor(private readonly queries: QueryBus) {}

  /** A POST because it reads the write side (like the booking quote): GETs go to the query API. */
  @Post(':eventId/access')
  @HttpCode(200)
  @NotRecorded() // writes nothing: nothing to replay
  @Authenticated()
  @ApiOkResponse({
    type: EventAccessAnswer,
    description: 'What the access code opens on this event for you now: hidden tiers, presale; nothing is written',
  })
  @ApiProblems({
    404: 'Unknown or unpublished event',
    409: 'The code is disabled, outside its dates, or used up (in all or by you)',
    422: 'No such code for this event, or it opens nothing here',
  })
  async check(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @Body() body: CheckAccessRequest,
    @CommandRequest() context: RequestContext,
  ) {
    return this.queries.execute(new CheckAccessQuery({ eventId: eventId.toLowerCase(), code: body.code }, context));
  }
}
