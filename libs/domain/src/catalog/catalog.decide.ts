import { DomainError, assertNever, hasRole } from '../kernel';
import type { CatalogCommand, CreateEvent, UpdateEventDetails } from './catalog.commands';
import type { CatalogEvent, EventDetails } from './catalog.events';
import { validateDetails } from './catalog.details';
import { decideImages } from './catalog.images';
import { decideTransition, requireOwner, requireVisible } from './catalog.lifecycle';
import { decideSeating, requireEditable } from './catalog.seating';
import { tiersInUse } from './seating';
import { requireCapacity, requireCategory, requireFutureTime, requireText } from './catalog.rules';
import type { CatalogState } from './catalog.state';

export function decideCatalog(command: CatalogCommand, state: CatalogState): CatalogEvent[] {
  if (command.type === 'CreateEvent') return createEvent(command, state);
  if (state.status === 'none')
    throw DomainError.notFound('catalog.event-not-found', `Event ${command.data.eventId} not found`);
  requireVisible(command.metadata.actor, state);
  switch (command.type) {
    case 'UpdateEventDetails':
      return updateDetails(command, state);
    case 'AddEventImage':
    case 'RemoveEventImage':
    case 'ChangeEventImageAlt':
    case 'ReorderGallery':
      return decideImages(command, state);
    case 'SetSeatingPlan':
    case 'ClearSeatingPlan':
      return decideSeating(command, state);
    case 'SubmitEvent':
    case 'WithdrawSubmission':
    case 'ApproveEvent':
    case 'RejectEvent':
    case 'PublishEvent':
    case 'CancelEvent':
    case 'CompleteEvent':
      return decideTransition(command, state);
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
  const startsAt = requireFutureTime('startsAt', data.startsAt, metadata.now);
  const created: CatalogEvent = {
    type: 'EventCreated',
    data: {
      eventId: data.eventId,
      organizerId: metadata.actor.userId,
      title: requireText('title', data.title, 3, 140),
      description: data.description.trim().slice(0, 5000),
      category: requireCategory(data.category, data.allowedCategories),
      startsAt,
      venue,
      capacity: requireCapacity(data.capacity),
    },
  };
  if (!data.details || Object.keys(data.details).length === 0) return [created];
  const details = validateDetails(
    { ...data.details, venue: data.details.venue ? { ...venue, ...data.details.venue } : undefined },
    metadata.now,
    data.allowedCategories,
    startsAt,
  );
  return [
    created,
    {
      type: 'EventDetailsUpdated',
      data: { eventId: data.eventId, changes: withoutUndefined(details), buyerFacing: false },
    },
  ];
}

function updateDetails(
  { data, metadata }: UpdateEventDetails,
  state: Exclude<CatalogState, { status: 'none' }>,
): CatalogEvent[] {
  requireOwner(metadata.actor, state.organizerId);
  requireEditable(state);
  if (state.seating && data.changes.capacity !== undefined && data.changes.capacity !== state.capacity) {
    throw DomainError.conflict(
      'catalog.capacity-from-plan',
      `This event sells its seating plan (${state.capacity} places): change the plan, or remove it to set a capacity`,
    );
  }
  if (state.status === 'published' && data.changes.capacity !== undefined) {
    throw DomainError.conflict(
      'catalog.capacity-locked',
      'The capacity of a published event changes through its seating plan, not here',
    );
  }
  // Keeping the category it has is no pick: an event stays in a category retired after it was set.
  const { category, ...rest } = data.changes;
  const picked = category !== undefined && category !== state.details.category ? { category } : {};
  const changes = withoutUndefined(
    validateDetails({ ...rest, ...picked }, metadata.now, data.allowedCategories, state.startsAt),
  );
  // The window was checked against the start when it was set: a start moved before its close would let sales run on.
  const window = changes.salesWindow ?? state.details.salesWindow;
  if (changes.startsAt && window && window.closesAt > changes.startsAt) {
    throw DomainError.validation(
      'catalog.invalid-field',
      `sales close at ${window.closesAt}, after this start: move the sales window too`,
      { field: 'startsAt' },
    );
  }
  if (state.seating && changes.priceTiers) {
    const kept = new Set(changes.priceTiers.map((t) => t.id));
    const dropped = [...tiersInUse(state.seating.plan)].filter((id) => !kept.has(id));
    if (dropped.length > 0) {
      throw DomainError.validation(
        'catalog.tier-in-use',
        `The seating plan still uses price tier(s) ${dropped.join(', ')}: move those places to another tier first`,
        { field: 'priceTiers', tiers: dropped },
      );
    }
  }
  const changed = Object.fromEntries(
    Object.entries(changes).filter(
      ([k, v]) => JSON.stringify(state.details[k as keyof EventDetails]) !== JSON.stringify(v),
    ),
  );
  if (Object.keys(changed).length === 0) return [];
  const buyerFacing =
    state.status === 'published' && ('startsAt' in changed || 'endsAt' in changed || 'venue' in changed);
  return [{ type: 'EventDetailsUpdated', data: { eventId: data.eventId, changes: changed, buyerFacing } }];
}

function withoutUndefined(details: EventDetails): EventDetails {
  return Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined)) as EventDetails;
}
