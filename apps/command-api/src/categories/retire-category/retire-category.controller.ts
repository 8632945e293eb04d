import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { categoryReply } from '../shared/category-reply';
import { type CategoryChange, ChangeCategoryListCommand } from '../shared/change-category-list.command';
import { CategoryAnswer } from '../categories.answers';

/**
 * A retired category can no longer be picked by a new event or an edit; events that have it keep
 * it and still show. Both are idempotent (`changed: false` when already so).
 */
@ApiTags('categories')
@ApiNotFoundResponse({ description: 'No such category (categories.not-found)' })
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
    return this.run({ type: 'RetireCategory', data: { slug } }, context, reply);
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
    return this.run({ type: 'RestoreCategory', data: { slug } }, context, reply);
  }

  private async run(change: CategoryChange, context: RequestContext, reply: FastifyReply) {
    const result = await this.commands.execute(new ChangeCategoryListCommand({ data: change, context }));
    return categoryReply(reply, result);
  }
}
