import { DomainError, assertNever, hasRole, type Actor } from '../kernel';
import type { CatalogCommand, CreateEvent, PublishEvent } from './catalog.commands';
import type { CatalogEvent } from './catalog.events';
import { requireCapacity, requireCategory, requireFutureTime, requireText } from './catalog.rules';
import type { CatalogState } from './catalog.state';

export function decideCatalog(command: CatalogCommand, state: CatalogState): CatalogEvent[] {
  switch (command.type) {
    case 'CreateEvent':
      return createEvent(command, state);
    case 'PublishEvent':
      return publishEvent(command, state);
    default:
      return assertNever(command);
  }
}

function createEvent({ data, metadata }: CreateEvent, state: CatalogState): CatalogEvent[] {
  if (state.status !== 'none') {
    throw DomainError.conflict('catalog.event-exists', `Event ${data.eventId} already exists`);
  }
  if (!hasRole(metadata.actor, 'organizer', 'admin')) {
    throw DomainError.forbidden('catalog.not-organizer', 'Only organizers create events');
  }
  const venue = {
    name: requireText('venue.name', data.venue.name, 2, 120),
    city: requireText('venue.city', data.venue.city, 2, 80),
    country: requireText('venue.country', data.venue.country, 2, 2).toUpperCase(),
  };
  return [
    {
      type: 'EventCreated',
      data: {
        eventId: data.eventId,
        organizerId: metadata.actor.userId,
        title: requireText('title', data.title, 3, 140),
        description: data.description.trim().slice(0, 5000),
        category: requireCategory(data.category),
        startsAt: requireFutureTime('startsAt', data.startsAt, metadata.now),
        venue,
        capacity: requireCapacity(data.capacity),
      },
    },
  ];
}

function publishEvent({ data, metadata }: PublishEvent, state: CatalogState): CatalogEvent[] {
  if (state.status === 'none') throw DomainError.notFound('catalog.event-not-found', `Event ${data.eventId} not found`);
  requireOwner(metadata.actor, state.organizerId);
  if (state.status === 'published') {
    throw DomainError.conflict('catalog.already-published', `Event ${data.eventId} is already published`);
  }
  if (new Date(state.startsAt).getTime() <= metadata.now.getTime()) {
    throw DomainError.conflict('catalog.event-in-past', 'An event that has started cannot be published');
  }
  return [{ type: 'EventPublished', data: { eventId: data.eventId, publishedAt: metadata.now.toISOString() } }];
}

function requireOwner(actor: Actor, organizerId: string): void {
  if (actor.userId !== organizerId && !hasRole(actor, 'admin')) {
    throw DomainError.forbidden('catalog.not-event-organizer', 'Only the event organizer may do this');
  }
}
