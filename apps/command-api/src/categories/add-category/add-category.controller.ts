import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { categoryReply } from '../shared/category-reply';
import { AddCategoryCommand } from './add-category.command';
import { AddCategoryRequest } from './add-category.request';
import { CategoryAnswer } from '../categories.answers';

@ApiTags('categories')
@Controller('api/admin/categories')
export class AddCategoryController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Authenticated('admin')
  @ApiCreatedResponse({ type: CategoryAnswer })
  @ApiConflictResponse({
    description: 'The slug exists (categories.duplicate, retired ones too) or another category has the label',
  })
  async add(
    @Body() body: AddCategoryRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.commands.execute(
      new AddCategoryCommand({ data: { slug: body.slug, label: body.label }, context }),
    );
    return categoryReply(reply, result);
  }
}
