/**
 * The whole list is one stream: the list is short (tens of entries), one stream gives duplicate
 * checks and "keep one category active" inside one optimistic-concurrency decision, and the
 * catalog's command handlers read every allowed slug with one stream read.
 */
export const CATEGORY_LIST_CATEGORY = 'category_list';
export const CATEGORY_LIST_ID = 'events';
export const categoryListStream = () => `${CATEGORY_LIST_CATEGORY}-${CATEGORY_LIST_ID}`;

export const CATEGORY_SLUG = /^[a-z][a-z0-9-]{1,30}$/;
export const CATEGORY_LABEL = { min: 2, max: 40 } as const;
