import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CategoryListHandler } from '../shared/category-list';
import { AddCategoryCommand } from './add-category.command';

@CommandHandler(AddCategoryCommand)
export class AddCategoryHandler
  extends CategoryListHandler<'AddCategory'>
  implements ICommandHandler<AddCategoryCommand>
{
  protected readonly type = 'AddCategory';
}
