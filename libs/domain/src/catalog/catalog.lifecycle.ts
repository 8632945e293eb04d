import { type Actor, DomainError, hasRole } from '../kernel';
import type {
  ApproveEvent,
  CancelEvent,
  CompleteEvent,
  PublishEvent,
  RejectEvent,
  SubmitEvent,
  WithdrawSubmission,
} from './catalog.commands';
import type { CatalogEvent } from './catalog.events';
import { missingForSubmission } from './catalog.details';
import type { CatalogState, CatalogStatus } from './catalog.state';

type Existing = Exclude<CatalogState, { status: 'none' }>;
type Transition =
  SubmitEvent | WithdrawSubmission | ApproveEvent | RejectEvent | PublishEvent | CancelEvent | CompleteEvent;

/** Draft → Submitted → Approved | Rejected → Published → Cancelled | Completed; a submission can be withdrawn. */
const FROM: Record<Transition['type'], readonly CatalogStatus[]> = {
  SubmitEvent: ['draft', 'rejected'],
  WithdrawSubmission: ['submitted'],
  ApproveEvent: ['submitted'],
  RejectEvent: ['submitted'],
  PublishEvent: ['approved'],
  CancelEvent: ['draft', 'submitted', 'approved', 'rejected', 'published'],
  CompleteEvent: ['published'],
};
const VERB: Record<Transition['type'], string> = {
  SubmitEvent: 'submit',
  WithdrawSubmission: 'withdraw',
  ApproveEvent: 'approve',
  RejectEvent: 'reject',
  PublishEvent: 'publish',
  CancelEvent: 'cancel',
  CompleteEvent: 'complete',
};

export function decideTransition(command: Transition, state: Existing): CatalogEvent[] {
  const { actor, now } = command.metadata;
  const { eventId } = command.data;
  const reviewer =
    command.type === 'ApproveEvent' || command.type === 'RejectEvent' || command.type === 'CompleteEvent';
  if (reviewer) {
    if (!hasRole(actor, 'admin'))
      throw DomainError.forbidden('catalog.admin-only', `Only admins ${VERB[command.type]} events`);
  } else requireOwner(actor, state.organizerId);
  if (command.type === 'PublishEvent' && state.status === 'published') {
    throw DomainError.conflict('catalog.already-published', `Event ${eventId} is already published`);
  }
  if (!FROM[command.type].includes(state.status)) {
    throw DomainError.conflict(
      'catalog.illegal-transition',
      `Cannot ${VERB[command.type]} an event that is ${state.status}`,
      {
        currentStatus: state.status,
      },
    );
  }
  const started = new Date(state.startsAt).getTime() <= now.getTime();
  switch (command.type) {
    case 'SubmitEvent': {
      const missing = missingForSubmission(state.details);
      if (missing.length > 0) {
        throw DomainError.validation('catalog.incomplete', `Before submitting, set: ${missing.join(', ')}`, {
          field: missing[0],
          missing,
        });
      }
      if (started) throw DomainError.conflict('catalog.event-in-past', 'An event that has started cannot be submitted');
      return [{ type: 'EventSubmitted', data: { eventId, version: state.version } }];
    }
    case 'WithdrawSubmission':
      return [{ type: 'EventSubmissionWithdrawn', data: { eventId } }];
    case 'ApproveEvent':
      return [{ type: 'EventApproved', data: { eventId, by: actor.userId, version: state.version } }];
    case 'RejectEvent':
      return [{ type: 'EventRejected', data: { eventId, by: actor.userId, reason: reason(command.data.reason) } }];
    case 'PublishEvent':
      if (started) throw DomainError.conflict('catalog.event-in-past', 'An event that has started cannot be published');
      return [{ type: 'EventPublished', data: { eventId, publishedAt: now.toISOString() } }];
    case 'CancelEvent':
      return [{ type: 'EventCancelled', data: { eventId, by: actor.userId, reason: reason(command.data.reason) } }];
    case 'CompleteEvent':
      if (!started) throw DomainError.conflict('catalog.not-started', 'An event completes only after it has started');
      return [{ type: 'EventCompleted', data: { eventId } }];
  }
}

/**
 * Who may know an event exists: anyone once it is published, else only its organizer and admins.
 * Everyone else gets the same 404 as for an unknown id, whatever they ask of it: a 403 would
 * confirm that someone's draft exists (the read side answers 404 too).
 */
export function requireVisible(actor: Actor, state: Existing): void {
  if (state.status === 'published' || actor.userId === state.organizerId || hasRole(actor, 'admin')) return;
  throw DomainError.notFound('catalog.event-not-found', `Event ${state.eventId} not found`);
}

/** The event's organizer or an admin; others get 404 for an event they may not see, else 403. */
export function requireEventAccess(actor: Actor, state: Existing): void {
  requireVisible(actor, state);
  requireOwner(actor, state.organizerId);
}

export function requireOwner(actor: Actor, organizerId: string): void {
  if (actor.userId !== organizerId && !hasRole(actor, 'admin')) {
    throw DomainError.forbidden('catalog.not-event-organizer', 'Only the event organizer may do this');
  }
}

function reason(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length < 3 || trimmed.length > 500) {
    throw DomainError.validation('catalog.invalid-field', 'reason must be 3 to 500 characters', { field: 'reason' });
  }
  return trimmed;
}
