import { CategoryListCommand } from '../shared/category-list';

export class RenameCategoryCommand extends CategoryListCommand<'RenameCategory'> {}
