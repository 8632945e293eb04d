import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '@booking/platform';
import { ReadsProjections } from '../../http/reads-projections';
import { SecurityHistoryView } from '../accounts.views';
import { SecurityHistoryQuery } from './security-history.query';

@ApiTags('admin')
@ReadsProjections('security-events')
@Controller('api/admin/users')
export class SecurityHistoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':userId/security-history')
  @Authenticated('admin')
  @ApiOkResponse({ type: SecurityHistoryView, description: 'Newest first' })
  history(@Param('userId', new ParseUUIDPipe()) userId: string) {
    return this.queries.execute(new SecurityHistoryQuery({ userId }));
  }
}
