import type { RecordedEvent } from '@booking/event-store';
import { type CategoryDoc, categoriesProjection, categoryList } from './categories.projection';

let position = 0n;
const recorded = (type: string, data: Record<string, unknown>): RecordedEvent =>
  ({
    id: `e${++position}`,
    type,
    data: { by: 'admin-1', ...data },
    metadata: { occurredAt: `2030-01-01T00:00:0${position}.000Z` },
    stream: 'category_list-events',
    revision: position,
    position,
  }) as unknown as RecordedEvent;

/** Folds events the way the runner does (one document per slug, `_position` set after each). */
function project(events: RecordedEvent[]): CategoryDoc[] {
  const docs = new Map<string, CategoryDoc>();
  for (const event of events) {
    const key = categoriesProjection.keyOf(event)!;
    const next = categoriesProjection.evolve(docs.get(key) ?? null, event);
    if (next) docs.set(key, { ...next, _position: Number(event.position) } as CategoryDoc);
    else docs.delete(key);
  }
  return [...docs.values()];
}

describe('categories projection', () => {
  it('lists the untouched defaults and every change, by label A–Z ignoring case and accents', () => {
    const docs = project([
      recorded('CategoryAdded', { slug: 'eveil', label: 'Éveil musical' }),
      recorded('CategoryAdded', { slug: 'art', label: 'art walks' }),
      recorded('CategoryRenamed', { slug: 'film', label: 'Cinema', previousLabel: 'Film' }),
      recorded('CategoryRetired', { slug: 'sports' }),
    ]);
    expect(docs.find((d) => d._id === 'sports')).toMatchObject({ label: 'Sports', status: 'retired' });
    expect(categoryList(docs).map((c) => `${c.label}/${c.status}`)).toEqual([
      'art walks/active',
      'Cinema/active',
      'Comedy/active',
      'Conference/active',
      'Éveil musical/active',
      'Family/active',
      'Festival/active',
      'Music/active',
      'Sports/retired',
      'Theatre/active',
    ]);
  });

  it('keeps the label through retire and restore, and the status through a rename', () => {
    const docs = project([
      recorded('CategoryAdded', { slug: 'circus', label: 'Circus' }),
      recorded('CategoryRetired', { slug: 'circus' }),
      recorded('CategoryRenamed', { slug: 'circus', label: 'Big top', previousLabel: 'Circus' }),
    ]);
    expect(docs).toEqual([
      expect.objectContaining({ _id: 'circus', label: 'Big top', status: 'retired', updatedBy: 'admin-1' }),
    ]);
    const restored = project([
      recorded('CategoryAdded', { slug: 'circus', label: 'Circus' }),
      recorded('CategoryRetired', { slug: 'circus' }),
      recorded('CategoryRestored', { slug: 'circus' }),
    ]);
    expect(restored[0]).toMatchObject({ label: 'Circus', status: 'active' });
  });

  it('gives the same list whatever order the store returns the documents in', () => {
    const docs = project([
      recorded('CategoryAdded', { slug: 'b-side', label: 'Same' }),
      recorded('CategoryAdded', { slug: 'a-side', label: 'same' }),
    ]);
    expect(categoryList(docs)).toEqual(categoryList([...docs].reverse()));
    expect(
      categoryList(docs)
        .filter((c) => c.label.toLowerCase() === 'same')
        .map((c) => c.slug),
    ).toEqual(['a-side', 'b-side']);
  });
});
