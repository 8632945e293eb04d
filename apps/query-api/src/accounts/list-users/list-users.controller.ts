import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '@booking/platform';
import { ReadsProjections } from '../../http/reads-projections';
import { UsersView } from '../accounts.views';
import { ListUsersQuery } from './list-users.query';
import { ListUsersRequest } from './list-users.request';

@ApiTags('admin')
@ReadsProjections('accounts')
@Controller('api/admin/users')
export class ListUsersController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Authenticated('admin')
  @ApiOkResponse({ type: UsersView })
  list(@Query() request: ListUsersRequest) {
    return this.queries.execute(
      new ListUsersQuery({ q: request.q, limit: request.limit ?? 20, offset: request.offset ?? 0 }),
    );
  }
}
