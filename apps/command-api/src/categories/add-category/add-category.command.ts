import { CategoryListCommand } from '../shared/category-list';

export class AddCategoryCommand extends CategoryListCommand<'AddCategory'> {}
