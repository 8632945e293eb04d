import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CategoryListHandler } from '../shared/category-list';
import { RenameCategoryCommand } from './rename-category.command';

@CommandHandler(RenameCategoryCommand)
export class RenameCategoryHandler
  extends CategoryListHandler<'RenameCategory'>
  implements ICommandHandler<RenameCategoryCommand>
{
  protected readonly type = 'RenameCategory';
}
