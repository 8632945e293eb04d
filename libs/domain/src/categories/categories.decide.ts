import { DomainError, assertNever, hasRole } from '../kernel';
import type { CategoryCommand } from './categories.commands';
import type { CategoryEvent } from './categories.events';
import type { Category, CategoryListState } from './categories.state';
import { CATEGORY_LABEL, CATEGORY_SLUG } from './categories.streams';

export function decideCategoryList(command: CategoryCommand, state: CategoryListState): CategoryEvent[] {
  if (!hasRole(command.metadata.actor, 'admin')) {
    throw DomainError.forbidden('categories.not-admin', 'Only admins manage categories');
  }
  const by = command.metadata.actor.userId;
  const { slug } = command.data;
  if (command.type === 'AddCategory') {
    if (!CATEGORY_SLUG.test(slug)) {
      throw DomainError.validation(
        'categories.invalid-slug',
        'slug must be 2 to 31 characters: a lowercase letter, then lowercase letters, digits or dashes',
        { field: 'slug' },
      );
    }
    const existing = state.categories[slug];
    if (existing) {
      throw DomainError.conflict('categories.duplicate', `A category "${slug}" exists already (${existing.status})`, {
        field: 'slug',
        slug,
        existingStatus: existing.status,
      });
    }
    const label = requireLabel(command.data.label, state, slug);
    return [{ type: 'CategoryAdded', data: { slug, label, by } }];
  }
  const category = state.categories[slug];
  if (!category) throw DomainError.notFound('categories.not-found', `No category "${slug}"`);
  switch (command.type) {
    case 'RenameCategory': {
      const label = requireLabel(command.data.label, state, slug);
      if (label === category.label) return [];
      return [{ type: 'CategoryRenamed', data: { slug, label, previousLabel: category.label, by } }];
    }
    case 'RetireCategory':
      if (category.status === 'retired') return [];
      if (activeCount(state) === 1) {
        throw DomainError.conflict('categories.last-active', 'Keep at least one category that events can pick');
      }
      return [{ type: 'CategoryRetired', data: { slug, by } }];
    case 'RestoreCategory':
      return category.status === 'active' ? [] : [{ type: 'CategoryRestored', data: { slug, by } }];
    default:
      return assertNever(command);
  }
}

/** Labels are trimmed, 2–40 characters, and unique regardless of case (two "Music" would confuse every select). */
function requireLabel(value: string, state: CategoryListState, slug: string): string {
  const label = value.replace(/\s+/g, ' ').trim();
  if (label.length < CATEGORY_LABEL.min || label.length > CATEGORY_LABEL.max) {
    throw DomainError.validation(
      'categories.invalid-label',
      `label must be ${CATEGORY_LABEL.min} to ${CATEGORY_LABEL.max} characters`,
      { field: 'label' },
    );
  }
  const clash = Object.values(state.categories).find(
    (c: Category) => c.slug !== slug && c.label.toLocaleLowerCase('en') === label.toLocaleLowerCase('en'),
  );
  if (clash) {
    throw DomainError.conflict(
      'categories.duplicate-label',
      `The category "${clash.slug}" is labelled "${clash.label}"`,
      {
        field: 'label',
        slug: clash.slug,
      },
    );
  }
  return label;
}

const activeCount = (state: CategoryListState) =>
  Object.values(state.categories).filter((c) => c.status === 'active').length;
