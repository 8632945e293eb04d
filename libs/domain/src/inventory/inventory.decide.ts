import { DomainError, assertNever, hasRole } from '../kernel';
import type {
  CloseInventory,
  ExpireHold,
  HoldSeats,
  InventoryCommand,
  OpenInventory,
  ReleaseHold,
} from './inventory.commands';
import type { InventoryEvent } from './inventory.events';
import { type InventoryState, freeSeats, isActive } from './inventory.state';

export const MAX_SEATS_PER_HOLD = 20;
export const HOLD_TTL_SECONDS = { min: 60, max: 3600, default: 600 } as const;

export function decideInventory(command: InventoryCommand, state: InventoryState): InventoryEvent[] {
  switch (command.type) {
    case 'OpenInventory':
      return openInventory(command, state);
    case 'HoldSeats':
      return holdSeats(command, state);
    case 'ReleaseHold':
      return releaseHold(command, state);
    case 'ExpireHold':
      return expireHold(command, state);
    case 'CloseInventory':
      return closeInventory(command, state);
    default:
      return assertNever(command);
  }
}

function openInventory({ data }: OpenInventory, state: InventoryState): InventoryEvent[] {
  // Opening twice is a no-op (the publish policy may run again); closed sales never reopen.
  if (state.status === 'open' || state.status === 'ended') return [];
  if (!Number.isSafeInteger(data.capacity) || data.capacity < 1) {
    throw DomainError.validation(
      'inventory.bad-capacity',
      `capacity must be a whole number of at least 1, got ${data.capacity}`,
    );
  }
  return [{ type: 'InventoryOpened', data: { eventId: data.eventId, capacity: data.capacity } }];
}

function holdSeats({ data, metadata }: HoldSeats, state: InventoryState): InventoryEvent[] {
  if (state.status !== 'open') {
    const why = state.status === 'ended' ? 'sales have closed' : 'unknown or not published';
    throw DomainError.notFound('inventory.not-on-sale', `Event ${data.eventId} is not on sale (${why})`);
  }
  if (!Number.isSafeInteger(data.quantity) || data.quantity < 1 || data.quantity > MAX_SEATS_PER_HOLD) {
    throw DomainError.validation(
      'inventory.bad-quantity',
      `quantity must be a whole number from 1 to ${MAX_SEATS_PER_HOLD}`,
    );
  }
  // isSafeInteger also refuses NaN, which slips past both range comparisons.
  if (
    !Number.isSafeInteger(data.ttlSeconds) ||
    data.ttlSeconds < HOLD_TTL_SECONDS.min ||
    data.ttlSeconds > HOLD_TTL_SECONDS.max
  ) {
    throw DomainError.validation(
      'inventory.bad-ttl',
      `ttlSeconds must be a whole number from ${HOLD_TTL_SECONDS.min} to ${HOLD_TTL_SECONDS.max}`,
    );
  }
  // A hold id names one hold forever: reusing a released or expired one would give two holds one history.
  if (state.holds.has(data.holdId) || state.closedHoldIds.has(data.holdId)) {
    throw DomainError.conflict('inventory.hold-exists', `Hold ${data.holdId} already exists`);
  }
  const free = freeSeats(state, metadata.now);
  if (data.quantity > free) {
    throw DomainError.conflict(
      'inventory.insufficient-seats',
      `Only ${free} seats are free, ${data.quantity} requested`,
      {
        free,
        requested: data.quantity,
      },
    );
  }
  const expiresAt = new Date(metadata.now.getTime() + data.ttlSeconds * 1000).toISOString();
  return [
    {
      type: 'SeatsHeld',
      data: {
        eventId: data.eventId,
        holdId: data.holdId,
        holderId: metadata.actor.userId,
        quantity: data.quantity,
        expiresAt,
      },
    },
  ];
}

function releaseHold({ data, metadata }: ReleaseHold, state: InventoryState): InventoryEvent[] {
  const hold = state.holds.get(data.holdId);
  if (!isActive(hold, metadata.now)) {
    throw DomainError.notFound('inventory.hold-not-found', `No active hold ${data.holdId}`);
  }
  if (hold.holderId !== metadata.actor.userId && !hasRole(metadata.actor, 'admin')) {
    throw DomainError.notFound('inventory.hold-not-found', `No active hold ${data.holdId}`); // never reveal others' holds
  }
  return [
    {
      type: 'HoldReleased',
      data: { eventId: data.eventId, holdId: data.holdId, holderId: hold.holderId, quantity: hold.quantity },
    },
  ];
}

function expireHold({ data, metadata }: ExpireHold, state: InventoryState): InventoryEvent[] {
  const hold = state.holds.get(data.holdId);
  if (!hold || hold.expiresAt > metadata.now.getTime()) return []; // released meanwhile, or not due yet
  return [
    {
      type: 'HoldExpired',
      data: { eventId: data.eventId, holdId: data.holdId, holderId: hold.holderId, quantity: hold.quantity },
    },
  ];
}

/**
 * Cancels every hold still active at `now` (a lapsed one is left to the expiry policy, its holder
 * lost nothing), then closes sales for good. Nothing to do when sales never opened or already closed.
 */
function closeInventory({ data, metadata }: CloseInventory, state: InventoryState): InventoryEvent[] {
  if (state.status !== 'open') return [];
  const reason = data.reason.trim();
  if (reason === '') throw DomainError.validation('inventory.bad-reason', 'closing sales needs a reason');
  const cancelled: InventoryEvent[] = [];
  for (const [holdId, hold] of state.holds) {
    if (!isActive(hold, metadata.now)) continue;
    cancelled.push({
      type: 'HoldCancelled',
      data: { eventId: data.eventId, holdId, holderId: hold.holderId, quantity: hold.quantity, reason },
    });
  }
  return [...cancelled, { type: 'InventoryClosed', data: { eventId: data.eventId, reason } }];
}
