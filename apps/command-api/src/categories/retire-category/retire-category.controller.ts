import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { categoryReply } from '../shared/category-reply';
import { CategorySlugParam } from '../shared/category-slug.param';
import { RestoreCategoryCommand, RetireCategoryCommand } from './retire-category.command';
import { CategoryAnswer } from '../categories.answers';

/**
 * A retired category can no longer be picked by a new event or an edit; events that have it keep
 * it and still show. Both are idempotent (`changed: false` when already so).
 */
@ApiTags('categories')
@ApiNotFoundResponse({ description: 'No such category (categories.not-found)' })
@CategorySlugParam()
@Controller('api/admin/categories/:slug')
export class RetireCategoryController {
  constructor(private readonly commands: CommandBus) {}

  @Post('retire')
  @HttpCode(200)
  @Authenticated('admin')
  @ApiOkResponse({ type: CategoryAnswer, description: 'status "retired"' })
  @ApiConflictResponse({ description: 'It is the last active category (categories.last-active)' })
  retire(
    @Param('slug') slug: string,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.answer(reply, new RetireCategoryCommand({ data: { slug }, context }));
  }

  @Post('restore')
  @HttpCode(200)
  @Authenticated('admin')
  @ApiOkResponse({ type: CategoryAnswer, description: 'status "active"' })
  restore(
    @Param('slug') slug: string,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.answer(reply, new RestoreCategoryCommand({ data: { slug }, context }));
  }

  private async answer(reply: FastifyReply, command: RetireCategoryCommand | RestoreCategoryCommand) {
    return categoryReply(reply, await this.commands.execute(command));
  }
}
