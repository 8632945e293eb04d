export { AdminCategoriesPage } from './AdminCategoriesPage';
export { useCategories, useCategoryLabel } from './useCategories';
export { useTagSuggestions } from './useTagSuggestions';
export type { Category, TagSuggestion } from './categories.api';
