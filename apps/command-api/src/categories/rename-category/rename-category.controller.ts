import { Body, Controller, Param, Patch, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { categoryReply } from '../shared/category-reply';
import { CategorySlugParam } from '../shared/category-slug.param';
import { RenameCategoryCommand } from './rename-category.command';
import { RenameCategoryRequest } from './rename-category.request';
import { CategoryAnswer } from '../categories.answers';

/** Only the label changes: the slug is what events store. */
@ApiTags('categories')
@CategorySlugParam()
@Controller('api/admin/categories/:slug')
export class RenameCategoryController {
  constructor(private readonly commands: CommandBus) {}

  @Patch()
  @Authenticated('admin')
  @ApiOkResponse({ type: CategoryAnswer })
  @ApiNotFoundResponse({ description: 'No such category (categories.not-found)' })
  async rename(
    @Param('slug') slug: string,
    @Body() body: RenameCategoryRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.commands.execute(
      new RenameCategoryCommand({ data: { slug, label: body.label }, context }),
    );
    return categoryReply(reply, result);
  }
}
