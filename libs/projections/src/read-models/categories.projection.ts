import { type CategoryEvent, type CategoryStatus, DEFAULT_CATEGORIES, categoriesContext } from '@booking/domain';
import { defineProjection, type Projected, type Recorded } from '../projection';

/** Answers "which categories are there, under which label": one document per slug an admin touched. */
export type CategoryDoc = Projected & {
  label: string;
  status: CategoryStatus;
  updatedAt: string;
  updatedBy: string;
};

export type CategoryView = { slug: string; label: string; status: CategoryStatus; updatedAt?: string };

const defaults = new Map(DEFAULT_CATEGORIES.map((c) => [c.slug, c]));

type Change = Recorded<CategoryEvent>;
/** Who changed the slug and when. */
const stamp = ({ data, metadata }: Change) => ({ updatedAt: metadata.occurredAt, updatedBy: data.by });
// The defaults exist without events (the list's initial state): their first change starts from them.
const baseOf = (doc: CategoryDoc | null, { data }: Change) => doc ?? defaults.get(data.slug);

export const categoriesProjection = defineProjection<CategoryDoc>()({
  name: 'categories',
  version: 1,
  reads: [categoriesContext],
  keyOf: (event) => event.data.slug,
  on: {
    CategoryAdded: (_doc, event) => ({
      _id: event.data.slug,
      label: event.data.label,
      status: 'active',
      ...stamp(event),
    }),
    CategoryRenamed: (doc, event) => {
      const base = baseOf(doc, event);
      return base ? { _id: event.data.slug, label: event.data.label, status: base.status, ...stamp(event) } : null;
    },
    CategoryRetired: (doc, event) => {
      const base = baseOf(doc, event);
      return base ? { _id: event.data.slug, label: base.label, status: 'retired', ...stamp(event) } : null;
    },
    CategoryRestored: (doc, event) => {
      const base = baseOf(doc, event);
      return base ? { _id: event.data.slug, label: base.label, status: 'active', ...stamp(event) } : null;
    },
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
