import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, categoryListModel } from '@booking/command-pipeline';
import { CATEGORY_LIST_ID, type CategoryCommand } from '@booking/domain';
import { CLOCK, type Clock } from '@booking/platform';
import { ChangeCategoryListCommand, type ChangeCategoryListResult } from './change-category-list.command';

@CommandHandler(ChangeCategoryListCommand)
export class ChangeCategoryListHandler implements ICommandHandler<ChangeCategoryListCommand, ChangeCategoryListResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ change, context }: ChangeCategoryListCommand): Promise<ChangeCategoryListResult> {
    const command = { ...change, metadata: { now: this.clock.now(), actor: context.actor } } as CategoryCommand;
    const outcome = await this.pipeline.execute(categoryListModel, CATEGORY_LIST_ID, command, context);
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
