import { Controller, ForbiddenException, Get, Query, Req, UnauthorizedException } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type Actor, hasRole } from '@booking/domain';
import { ApiProblems } from '@booking/platform';
import { OptionalAuthentication } from '../../http/optional-auth.guard';
import { ReadsProjections } from '../../http/reads-projections';
import { CategoriesView } from '../categories.views';
import { ListCategoriesQuery } from './list-categories.query';
import { ListCategoriesRequest } from './list-categories.request';

/** The managed category list: what the event form and the catalog filters offer, by label A–Z. */
@ApiTags('categories')
@ReadsProjections('categories')
@Controller('api/categories')
export class ListCategoriesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @OptionalAuthentication()
  @ApiOkResponse({ type: CategoriesView, description: 'Active only unless ?include=retired' })
  @ApiProblems({ 401: '?include=retired without a token', 403: '?include=retired without the admin role' })
  list(@Query() request: ListCategoriesRequest, @Req() { user }: { user?: Actor }) {
    const withRetired = request.include === 'retired';
    if (withRetired && !user) throw new UnauthorizedException('Sign in as an admin to see retired categories');
    if (withRetired && !hasRole(user!, 'admin')) throw new ForbiddenException('Only admins see retired categories');
    return this.queries.execute(new ListCategoriesQuery({ withRetired }));
  }
}
