import type { CategoryDoc } from '@booking/projections';
import { readModelsWith } from '../../testing/read-models.fixture';
import { ListCategoriesHandler } from './list-categories.handler';
import { ListCategoriesQuery } from './list-categories.query';

const category = (slug: string, label: string, status: CategoryDoc['status']): CategoryDoc => ({
  _id: slug,
  _position: 3,
  label,
  status,
  updatedAt: '2026-12-01T10:00:00.000Z',
  updatedBy: 'admin-1',
});

describe('ListCategoriesHandler', () => {
  const seed = {
    categories: [category('zz-opera', 'Zz Opera', 'active'), category('zz-polka', 'Zz Polka', 'retired')],
  };

  it('answers the active categories only, without when they changed', async () => {
    const handler = new ListCategoriesHandler(await readModelsWith(seed));
    const { items } = await handler.execute(new ListCategoriesQuery({ withRetired: false }));
    expect(items.find((c) => c.slug === 'zz-polka')).toBeUndefined();
    expect(items.find((c) => c.slug === 'zz-opera')).toEqual({ slug: 'zz-opera', label: 'Zz Opera', status: 'active' });
    expect(items.every((c) => c.status === 'active' && c.updatedAt === undefined)).toBe(true);
  });

  it('adds the retired ones and when each changed when asked to', async () => {
    const handler = new ListCategoriesHandler(await readModelsWith(seed));
    const { items } = await handler.execute(new ListCategoriesQuery({ withRetired: true }));
    expect(items.slice(-2)).toEqual([
      { slug: 'zz-opera', label: 'Zz Opera', status: 'active', updatedAt: '2026-12-01T10:00:00.000Z' },
      { slug: 'zz-polka', label: 'Zz Polka', status: 'retired', updatedAt: '2026-12-01T10:00:00.000Z' },
    ]);
  });
});
