import { CategoryListCommand } from '../shared/category-list';

export class RetireCategoryCommand extends CategoryListCommand<'RetireCategory'> {}
export class RestoreCategoryCommand extends CategoryListCommand<'RestoreCategory'> {}
