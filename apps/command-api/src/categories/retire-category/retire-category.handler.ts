import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CategoryListHandler } from '../shared/category-list';
import { RetireCategoryCommand, RestoreCategoryCommand } from './retire-category.command';

@CommandHandler(RetireCategoryCommand)
export class RetireCategoryHandler
  extends CategoryListHandler<'RetireCategory'>
  implements ICommandHandler<RetireCategoryCommand>
{
  protected readonly type = 'RetireCategory';
}

@CommandHandler(RestoreCategoryCommand)
export class RestoreCategoryHandler
  extends CategoryListHandler<'RestoreCategory'>
  implements ICommandHandler<RestoreCategoryCommand>
{
  protected readonly type = 'RestoreCategory';
}
