import { type CategoryEvent, type CategoryStatus, DEFAULT_CATEGORIES, categoryEventTypes } from '@booking/domain';
import { defineProjection, type Projected } from '../projection';

/** Answers "which categories are there, under which label": one document per slug an admin touched. */
export type CategoryDoc = Projected & {
  label: string;
  status: CategoryStatus;
  updatedAt: string;
  updatedBy: string;
};

export type CategoryView = { slug: string; label: string; status: CategoryStatus; updatedAt?: string };

const defaults = new Map(DEFAULT_CATEGORIES.map((c) => [c.slug, c]));

export const categoriesProjection = defineProjection<CategoryDoc>({
  name: 'categories',
  version: 1,
  eventTypes: categoryEventTypes,
  keyOf: (event) => (event.data as { slug?: string }).slug,
  evolve(doc, recorded) {
    const event = { type: recorded.type, data: recorded.data } as CategoryEvent;
    const { slug, by } = event.data;
    // The defaults exist without events (the list's initial state): their first change starts from them.
    const base = doc ?? defaults.get(slug);
    const stamp = { updatedAt: recorded.metadata.occurredAt, updatedBy: by };
    switch (event.type) {
      case 'CategoryAdded':
        return { _id: slug, label: event.data.label, status: 'active', ...stamp };
      case 'CategoryRenamed':
        return base ? { _id: slug, label: event.data.label, status: base.status, ...stamp } : null;
      case 'CategoryRetired':
        return base ? { _id: slug, label: base.label, status: 'retired', ...stamp } : null;
      case 'CategoryRestored':
        return base ? { _id: slug, label: base.label, status: 'active', ...stamp } : null;
      default:
        return doc;
    }
  },
});

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The whole list: the defaults no one has touched, and every document, by label (A–Z, ignoring
 * case and accents), then slug. Stable whatever order the store returns documents in.
 */
export function categoryList(docs: readonly CategoryDoc[]): CategoryView[] {
  const touched = new Set(docs.map((d) => d._id));
  const all: CategoryView[] = [
    ...DEFAULT_CATEGORIES.filter((c) => !touched.has(c.slug)).map(({ slug, label, status }) => ({
      slug,
      label,
      status,
    })),
    ...docs.map((d) => ({ slug: d._id, label: d.label, status: d.status, updatedAt: d.updatedAt })),
  ];
  return all.sort((a, b) => collator.compare(a.label, b.label) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
