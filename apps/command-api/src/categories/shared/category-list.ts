import { Injectable } from '@nestjs/common';
import { type CommandInput, CommandPipeline, categoryListModel } from '@booking/command-pipeline';
import { CATEGORY_LIST_ID, type CategoryCommand } from '@booking/domain';
import { RequestCommand } from '../../http/request-command';

type ChangeType = CategoryCommand['type'];
export type CategoryListResult = {
  slug: string;
  label: string;
  status: 'active' | 'retired';
  changed: boolean;
  position: bigint;
  revision: bigint;
};

/** One change to the managed category list (add, rename, retire, restore): its domain command's data. */
export abstract class CategoryListCommand<T extends ChangeType> extends RequestCommand<
  Extract<CategoryCommand, { type: T }>['data'],
  CategoryListResult
> {}

/**
 * Every category use case appends one command to the one list stream and answers with the
 * category as it is then; a use case's handler only names its command type.
 */
@Injectable()
export abstract class CategoryListHandler<T extends ChangeType> {
  protected abstract readonly type: T;

  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ data, context }: CategoryListCommand<T>): Promise<CategoryListResult> {
    const change = { type: this.type, data } as CommandInput<CategoryCommand>;
    const outcome = await this.pipeline.execute(categoryListModel, CATEGORY_LIST_ID, change, context);
    const category = outcome.state.categories[data.slug];
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
