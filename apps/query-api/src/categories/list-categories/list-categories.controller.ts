import { Controller, ForbiddenException, Get, Query, Req, UnauthorizedException } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@booking/platform';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { type Actor, hasRole } from '@booking/domain';
import { type CategoryDoc, categoryList } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { OptionalAuthentication } from '../../http/optional-auth.guard';
import { ReadsProjections } from '../../http/reads-projections';
import { CategoriesView } from '../categories.views';

export class ListCategoriesParams {
  @ApiPropertyOptional({ enum: ['retired'], description: 'Admins only: retired categories too, with their status' })
  @IsOptional()
  @IsIn(['retired'])
  include?: 'retired';
  @ApiPropertyOptional({ description: 'Read-your-writes: a position returned by a command' })
  @IsOptional()
  @IsString()
  minPosition?: string;
}

/** The managed category list: what the event form and the catalog filters offer, by label A–Z. */
@ApiTags('categories')
@ReadsProjections('categories')
@Controller('api/categories')
export class ListCategoriesController {
  constructor(private readonly readModels: ReadModels) {}

  @Get()
  @OptionalAuthentication()
  @ApiOkResponse({ type: CategoriesView, description: 'Active only unless ?include=retired' })
  @ApiProblems({ 401: '?include=retired without a token', 403: '?include=retired without the admin role' })
  async list(@Query() params: ListCategoriesParams, @Req() request: { user?: Actor }) {
    const withRetired = params.include === 'retired';
    if (withRetired && !request.user) throw new UnauthorizedException('Sign in as an admin to see retired categories');
    if (withRetired && !hasRole(request.user!, 'admin'))
      throw new ForbiddenException('Only admins see retired categories');
    const docs = await (await this.readModels.collection<CategoryDoc>('categories')).find({}, { limit: 1000 });
    const items = categoryList(docs).filter((c) => withRetired || c.status === 'active');
    return {
      items: items.map(({ slug, label, status, updatedAt }) => ({
        slug,
        label,
        status,
        ...(withRetired && updatedAt ? { updatedAt } : {}),
      })),
    };
  }
}
