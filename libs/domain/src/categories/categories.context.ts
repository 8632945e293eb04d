import { boundedContext, streamModel } from '../kernel';
import { categoryListDecider } from './categories.decider';
import { categoriesSchema } from './categories.events';
import { CATEGORY_LIST_CATEGORY } from './categories.streams';

/** The whole list of categories is one stream (see categories.streams). */
export const categoryListModel = streamModel(CATEGORY_LIST_CATEGORY, categoryListDecider, categoriesSchema);

export const categoriesContext = boundedContext('categories', [categoryListModel]);
