import { assertNever } from '../kernel';
import type { CategoryEvent } from './categories.events';

export type CategoryStatus = 'active' | 'retired';
export type Category = Readonly<{ slug: string; label: string; status: CategoryStatus }>;

/** Slug → category, in the order they were added (the defaults first). */
export type CategoryListState = { categories: Record<string, Category> };

/**
 * The categories every install starts with, without anyone acting: they are the list's initial
 * state, not events (no write at start, no race between processes seeding, and logs written
 * before categories were managed stay valid). This list may only grow: removing an entry would
 * change the past of every install, so a default that is no longer wanted is retired by an event.
 */
export const DEFAULT_CATEGORIES: readonly Category[] = [
  { slug: 'music', label: 'Music', status: 'active' },
  { slug: 'theatre', label: 'Theatre', status: 'active' },
  { slug: 'comedy', label: 'Comedy', status: 'active' },
  { slug: 'sports', label: 'Sports', status: 'active' },
  { slug: 'conference', label: 'Conference', status: 'active' },
  { slug: 'festival', label: 'Festival', status: 'active' },
  { slug: 'family', label: 'Family', status: 'active' },
  { slug: 'film', label: 'Film', status: 'active' },
];

export const initialCategoryListState = (): CategoryListState => ({
  categories: Object.fromEntries(DEFAULT_CATEGORIES.map((c) => [c.slug, c])),
});

export function evolveCategoryList(state: CategoryListState, event: CategoryEvent): CategoryListState {
  const { slug } = event.data;
  const current = state.categories[slug];
  const put = (category: Category) => ({ categories: { ...state.categories, [slug]: category } });
  switch (event.type) {
    case 'CategoryAdded':
      return put({ slug, label: event.data.label, status: 'active' });
    case 'CategoryRenamed':
      return current ? put({ ...current, label: event.data.label }) : state;
    case 'CategoryRetired':
      return current ? put({ ...current, status: 'retired' }) : state;
    case 'CategoryRestored':
      return current ? put({ ...current, status: 'active' }) : state;
    default:
      return assertNever(event);
  }
}

/** The slugs a new event or an edit may pick. */
export const activeCategorySlugs = (state: CategoryListState): string[] =>
  Object.values(state.categories)
    .filter((c) => c.status === 'active')
    .map((c) => c.slug);
