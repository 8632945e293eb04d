import { type Actor, DomainError, assertNever, hasRole } from '../kernel';
import { MAX_GROUP_SIZE } from '../inventory';
import type {
  ApproveGroupRequest,
  DeclineGroupRequest,
  GroupRequestCommand,
  RequestGroupBooking,
  ReturnGroupGrant,
  UseGroupGrant,
} from './group-requests.commands';
import type { GroupRequestEvent } from './group-requests.events';
import type { GroupRequestState } from './group-requests.state';

/** The most places a group request may ask for: as many as one hold may take with it. */
export const MAX_GROUP_REQUEST = MAX_GROUP_SIZE;
/** How long an approval may be spent, by default and at most. */
export const GRANT_VALID_HOURS = { default: 72, max: 720 } as const;
const MESSAGE_MAX = 1000;
const REASON_MAX = 500;

type Existing = Exclude<GroupRequestState, { status: 'none' }>;

export function decideGroupRequest(command: GroupRequestCommand, state: GroupRequestState): GroupRequestEvent[] {
  switch (command.type) {
    case 'RequestGroupBooking':
      return request(command, state);
    case 'ApproveGroupRequest':
      return approve(command, state);
    case 'DeclineGroupRequest':
      return decline(command, state);
    case 'UseGroupGrant':
      return useGrant(command, state);
    case 'ReturnGroupGrant':
      return returnGrant(command, state);
    default:
      return assertNever(command);
  }
}

function request({ data, metadata }: RequestGroupBooking, state: GroupRequestState): GroupRequestEvent[] {
  if (state.status !== 'none') throw DomainError.conflict('group-request.exists', 'This request was already made');
  const { quantity, terms } = data;
  if (!terms.onSale) throw DomainError.notFound('group-request.not-on-sale', 'This event is not on sale');
  if (!Number.isSafeInteger(quantity) || quantity < 1 || quantity > MAX_GROUP_REQUEST) {
    throw DomainError.validation(
      'group-request.too-large',
      `A group request is for at most ${MAX_GROUP_REQUEST} places, ${quantity} requested`,
      { field: 'quantity', max: MAX_GROUP_REQUEST },
    );
  }
  if (quantity <= terms.maxPerOrder) {
    throw DomainError.validation(
      'group-request.within-limit',
      `Up to ${terms.maxPerOrder} places can be held without a request: hold them directly`,
      { field: 'quantity', maxPerOrder: terms.maxPerOrder },
    );
  }
  if (quantity > terms.placesLeft) {
    throw DomainError.conflict(
      'group-request.not-enough-places',
      `Only ${terms.placesLeft} place${terms.placesLeft === 1 ? ' is' : 's are'} left, ${quantity} requested`,
      { placesLeft: terms.placesLeft, requested: quantity },
    );
  }
  const message = data.message.trim();
  if (message.length > MESSAGE_MAX) {
    throw DomainError.validation('group-request.bad-message', `The message is at most ${MESSAGE_MAX} characters`, {
      field: 'message',
    });
  }
  return [
    {
      type: 'GroupBookingRequested',
      data: {
        requestId: data.requestId,
        eventId: data.eventId,
        organizerId: terms.organizerId,
        requesterId: metadata.actor.userId,
        quantity,
        maxPerOrder: terms.maxPerOrder,
        message,
      },
    },
  ];
}

/** Only the event's organizer (as the request recorded it) and admins answer; anyone else reads it as unknown. */
function answerable(state: GroupRequestState, actor: Actor, requestId: string): Existing {
  if (state.status === 'none' || !(hasRole(actor, 'admin') || actor.userId === state.organizerId)) {
    throw DomainError.notFound('group-request.not-found', `No group request ${requestId}`);
  }
  if (state.status !== 'pending') {
    throw DomainError.conflict(
      'group-request.decided',
      `This request was already ${state.status === 'declined' ? 'declined' : 'approved'}`,
      {
        status: state.status,
      },
    );
  }
  return state;
}

function reasonOf(reason: string | undefined, required: boolean): string {
  const text = (reason ?? '').trim();
  if ((required && text === '') || text.length > REASON_MAX) {
    throw DomainError.validation(
      'group-request.bad-reason',
      required
        ? `A reason of 1 to ${REASON_MAX} characters is needed`
        : `The reason is at most ${REASON_MAX} characters`,
      { field: 'reason' },
    );
  }
  return text;
}

function approve({ data, metadata }: ApproveGroupRequest, state: GroupRequestState): GroupRequestEvent[] {
  const found = answerable(state, metadata.actor, data.requestId);
  const hours = data.validHours ?? GRANT_VALID_HOURS.default;
  if (!Number.isSafeInteger(hours) || hours < 1 || hours > GRANT_VALID_HOURS.max) {
    throw DomainError.validation('group-request.bad-validity', `validHours must be 1 to ${GRANT_VALID_HOURS.max}`, {
      field: 'validHours',
    });
  }
  const reason = reasonOf(data.reason, false);
  return [
    {
      type: 'GroupBookingApproved',
      data: {
        requestId: found.requestId,
        eventId: found.eventId,
        requesterId: found.requesterId,
        quantity: found.quantity,
        by: metadata.actor.userId,
        reason,
        validUntil: new Date(metadata.now.getTime() + hours * 3_600_000).toISOString(),
      },
    },
  ];
}

function decline({ data, metadata }: DeclineGroupRequest, state: GroupRequestState): GroupRequestEvent[] {
  const found = answerable(state, metadata.actor, data.requestId);
  return [
    {
      type: 'GroupBookingDeclined',
      data: {
        requestId: found.requestId,
        eventId: found.eventId,
        requesterId: found.requesterId,
        by: metadata.actor.userId,
        reason: reasonOf(data.reason, true),
      },
    },
  ];
}

/**
 * The places an approval lets its requester hold at once on `eventId` now, for a hold of
 * `quantity`: refused unless it is theirs, approved, unspent, in force and big enough. The hold
 * use case asks this before it spends the approval (UseGroupGrant decides the same).
 */
export function grantFor(
  state: GroupRequestState,
  ask: Readonly<{ requestId: string; eventId: string; actor: Actor; now: Date; quantity: number }>,
): number {
  if (state.status === 'none' || state.requesterId !== ask.actor.userId) {
    throw DomainError.notFound('group-request.not-found', `No group request ${ask.requestId}`);
  }
  if (state.eventId !== ask.eventId) {
    throw DomainError.validation('group-request.other-event', 'This group request is for another event', {
      field: 'groupRequestId',
    });
  }
  if (state.status === 'pending') {
    throw DomainError.conflict('group-request.not-approved', 'This group request has not been approved yet');
  }
  if (state.status === 'declined')
    throw DomainError.conflict('group-request.declined', 'This group request was declined');
  if (state.status === 'used') {
    throw DomainError.conflict('group-request.used', 'This group request was already used for a hold', {
      holdId: state.holdId,
    });
  }
  if (state.validUntil === undefined || ask.now.getTime() >= Date.parse(state.validUntil)) {
    throw DomainError.conflict('group-request.expired', `This approval ran out at ${state.validUntil}`, {
      validUntil: state.validUntil,
    });
  }
  if (ask.quantity > state.quantity) {
    throw DomainError.validation(
      'group-request.too-many',
      `This approval is for up to ${state.quantity} places, ${ask.quantity} requested`,
      { field: 'quantity', max: state.quantity },
    );
  }
  return state.quantity;
}

function useGrant({ data, metadata }: UseGroupGrant, state: GroupRequestState): GroupRequestEvent[] {
  if (state.status === 'used' && state.holdId === data.holdId && state.requesterId === metadata.actor.userId) return [];
  const found = state as Existing;
  grantFor(state, { ...data, actor: metadata.actor, now: metadata.now });
  return [
    {
      type: 'GroupGrantUsed',
      data: {
        requestId: found.requestId,
        eventId: found.eventId,
        requesterId: found.requesterId,
        holdId: data.holdId,
        quantity: data.quantity,
      },
    },
  ];
}

function returnGrant({ data }: ReturnGroupGrant, state: GroupRequestState): GroupRequestEvent[] {
  if (state.status !== 'used' || state.holdId !== data.holdId) return [];
  return [
    {
      type: 'GroupGrantReturned',
      data: {
        requestId: state.requestId,
        eventId: state.eventId,
        requesterId: state.requesterId,
        holdId: data.holdId,
        reason: data.reason,
      },
    },
  ];
}
