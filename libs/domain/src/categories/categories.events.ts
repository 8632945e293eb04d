import { type DomainEvent, eventSchema } from '../kernel';

/** `by`: the admin who changed the list (also in the event's metadata as the actor). */
export type CategoryAdded = DomainEvent<'CategoryAdded', { slug: string; label: string; by: string }>;
export type CategoryRenamed = DomainEvent<
  'CategoryRenamed',
  { slug: string; label: string; previousLabel: string; by: string }
>;
export type CategoryRetired = DomainEvent<'CategoryRetired', { slug: string; by: string }>;
export type CategoryRestored = DomainEvent<'CategoryRestored', { slug: string; by: string }>;

export type CategoryEvent = CategoryAdded | CategoryRenamed | CategoryRetired | CategoryRestored;
export type CategoryEventType = CategoryEvent['type'];

export const categoriesSchema = eventSchema<CategoryEvent>({
  CategoryAdded: 1,
  CategoryRenamed: 1,
  CategoryRetired: 1,
  CategoryRestored: 1,
});
export const categoryEventTypes = categoriesSchema.eventTypes;
