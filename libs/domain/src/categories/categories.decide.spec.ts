import { type Actor, scenario } from '../kernel';
import type { CategoryCommand } from './categories.commands';
import { categoryListDecider } from './categories.decider';
import type { CategoryEvent } from './categories.events';
import {
  DEFAULT_CATEGORIES,
  activeCategorySlugs,
  evolveCategoryList,
  initialCategoryListState,
} from './categories.state';

const now = new Date('2030-01-01T12:00:00Z');
const admin: Actor = { userId: 'a1', roles: ['admin'] };
const cmd = <T extends CategoryCommand['type']>(
  type: T,
  data: Extract<CategoryCommand, { type: T }>['data'],
  actor: Actor = admin,
) => ({ type, data, metadata: { now, actor } }) as Extract<CategoryCommand, { type: T }>;
const list = scenario(categoryListDecider);
const added: CategoryEvent = { type: 'CategoryAdded', data: { slug: 'jazz-brunch', label: 'Jazz brunch', by: 'a1' } };
const fold = (events: CategoryEvent[]) => events.reduce(evolveCategoryList, initialCategoryListState());

describe('category list', () => {
  it('starts with the eight defaults, active, before anyone acts', () => {
    expect(activeCategorySlugs(initialCategoryListState())).toEqual([
      'music',
      'theatre',
      'comedy',
      'sports',
      'conference',
      'festival',
      'family',
      'film',
    ]);
    expect(DEFAULT_CATEGORIES.every((c) => c.status === 'active')).toBe(true);
  });

  it('adds a category with a trimmed label, recording who did it', () => {
    list
      .given([])
      .when(cmd('AddCategory', { slug: 'jazz-brunch', label: '  Jazz   brunch ' }))
      .then([added]);
    expect(activeCategorySlugs(fold([added]))).toContain('jazz-brunch');
  });

  it.each([['a'], ['Jazz'], ['1jazz'], ['-jazz'], ['jazz brunch'], ['jazz_brunch'], ['j'.repeat(32)], ['']])(
    'refuses the slug %p',
    (slug) => {
      const error = list
        .given([])
        .when(cmd('AddCategory', { slug, label: 'Jazz' }))
        .thenFails('categories.invalid-slug');
      expect(error.details).toEqual({ field: 'slug' });
    },
  );

  it('accepts slugs of 2 and 31 characters', () => {
    for (const slug of ['ab', `a${'b'.repeat(30)}`]) {
      list
        .given([])
        .when(cmd('AddCategory', { slug, label: 'Fine' }))
        .then([{ type: 'CategoryAdded', data: { slug, label: 'Fine', by: 'a1' } }]);
    }
  });

  it.each([['x'], [' x '], ['x'.repeat(41)]])('refuses the label %p', (label) => {
    const error = list
      .given([])
      .when(cmd('AddCategory', { slug: 'opera', label }))
      .thenFails('categories.invalid-label');
    expect(error.details).toEqual({ field: 'label' });
  });

  it('refuses a slug that exists, active or retired, and a label another category has', () => {
    list
      .given([])
      .when(cmd('AddCategory', { slug: 'music', label: 'More music' }))
      .thenFails('categories.duplicate');
    const retired: CategoryEvent = { type: 'CategoryRetired', data: { slug: 'jazz-brunch', by: 'a1' } };
    const error = list
      .given([added, retired])
      .when(cmd('AddCategory', { slug: 'jazz-brunch', label: 'Brunch' }))
      .thenFails('categories.duplicate');
    expect(error.details).toMatchObject({ field: 'slug', existingStatus: 'retired' });
    list
      .given([])
      .when(cmd('AddCategory', { slug: 'tunes', label: 'MUSIC' }))
      .thenFails('categories.duplicate-label');
  });

  it('only admins change the list', () => {
    for (const roles of [['organizer'], ['attendee'], ['ops'], []] as Actor['roles'][]) {
      const someone: Actor = { userId: 'u1', roles };
      list
        .given([])
        .when(cmd('AddCategory', { slug: 'opera', label: 'Opera' }, someone))
        .thenFails('categories.not-admin');
      list
        .given([])
        .when(cmd('RetireCategory', { slug: 'music' }, someone))
        .thenFails('categories.not-admin');
    }
  });

  it('renames a label (a default too), and an unchanged label is no change', () => {
    list
      .given([])
      .when(cmd('RenameCategory', { slug: 'film', label: 'Film & cinema' }))
      .then([
        { type: 'CategoryRenamed', data: { slug: 'film', label: 'Film & cinema', previousLabel: 'Film', by: 'a1' } },
      ]);
    list
      .given([added])
      .when(cmd('RenameCategory', { slug: 'jazz-brunch', label: 'Jazz brunch' }))
      .then([]);
    list
      .given([])
      .when(cmd('RenameCategory', { slug: 'film', label: 'Theatre' }))
      .thenFails('categories.duplicate-label');
    list
      .given([])
      .when(cmd('RenameCategory', { slug: 'opera', label: 'Opera' }))
      .thenFails('categories.not-found');
    list
      .given([])
      .when(cmd('RenameCategory', { slug: 'film', label: 'F' }))
      .thenFails('categories.invalid-label');
  });

  it('retires and restores, each once; the last active category stays', () => {
    const retired: CategoryEvent = { type: 'CategoryRetired', data: { slug: 'film', by: 'a1' } };
    list
      .given([])
      .when(cmd('RetireCategory', { slug: 'film' }))
      .then([retired]);
    list
      .given([retired])
      .when(cmd('RetireCategory', { slug: 'film' }))
      .then([]);
    expect(activeCategorySlugs(fold([retired]))).not.toContain('film');
    list
      .given([retired])
      .when(cmd('RestoreCategory', { slug: 'film' }))
      .then([{ type: 'CategoryRestored', data: { slug: 'film', by: 'a1' } }]);
    list
      .given([])
      .when(cmd('RestoreCategory', { slug: 'film' }))
      .then([]);
    list
      .given([])
      .when(cmd('RetireCategory', { slug: 'opera' }))
      .thenFails('categories.not-found');

    const allButMusic: CategoryEvent[] = DEFAULT_CATEGORIES.filter((c) => c.slug !== 'music').map((c) => ({
      type: 'CategoryRetired',
      data: { slug: c.slug, by: 'a1' },
    }));
    list
      .given(allButMusic)
      .when(cmd('RetireCategory', { slug: 'music' }))
      .thenFails('categories.last-active');
  });
});
