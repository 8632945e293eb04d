import type { Decider } from '../kernel';
import type { CategoryCommand } from './categories.commands';
import { decideCategoryList } from './categories.decide';
import type { CategoryEvent } from './categories.events';
import { type CategoryListState, evolveCategoryList, initialCategoryListState } from './categories.state';

export const categoryListDecider: Decider<CategoryListState, CategoryCommand, CategoryEvent> = {
  initialState: initialCategoryListState,
  decide: decideCategoryList,
  evolve: evolveCategoryList,
};
