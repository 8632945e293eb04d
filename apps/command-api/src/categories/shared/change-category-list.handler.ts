import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, categoryListModel } from '@booking/command-pipeline';
import { CATEGORY_LIST_ID } from '@booking/domain';
import { ChangeCategoryListCommand, type ChangeCategoryListResult } from './change-category-list.command';

@CommandHandler(ChangeCategoryListCommand)
export class ChangeCategoryListHandler implements ICommandHandler<ChangeCategoryListCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ data: change, context }: ChangeCategoryListCommand): Promise<ChangeCategoryListResult> {
    const outcome = await this.pipeline.execute(categoryListModel, CATEGORY_LIST_ID, change, context);
    const category = outcome.state.categories[change.data.slug];
    return {
      slug: category.slug,
      label: category.label,
      status: category.status,
      changed: outcome.events.length > 0,
      position: outcome.position,
      revision: outcome.nextRevision,
    };
  }
}
