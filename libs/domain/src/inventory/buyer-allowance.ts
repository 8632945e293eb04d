import { type Decider, type DomainCommand, type DomainEvent, DomainError, assertNever, eventSchema } from '../kernel';
import type { SalesRules } from './inventory.commands';
import { requireOrderSize, requireSalesWindow } from './inventory.rules';

/**
 * How many places one buyer holds on one event, across orders and sections: a reservation ledger,
 * one stream per buyer and event, appended with its expected revision like any stream.
 *
 * Why a stream of its own: the event's inventory is partitioned (a stream per section), so no
 * partition sees the buyer's holds in the others, and two holds racing in two partitions could
 * together pass the limit. Routing every hold through one stream per event would serialize the
 * whole flash sale; one stream per buyer and event serializes only that buyer's own holds. A hold
 * first reserves its places here (refused past the limit), then is decided by its partition; a
 * refused hold returns them. The reservation carries the hold's expiry, so a hold that lapses (or
 * a process that stops between the two steps) frees it without another event.
 */
export const ALLOWANCE_CATEGORY = 'allowance';
export const allowanceId = (eventId: string, buyerId: string) => `${eventId}.${buyerId}`;

/**
 * The buyer is the command's actor; `rules` are the hold's (its maxPerBuyer is the limit), so a
 * hold its partition would refuse for its size or timing is refused here first, appending nothing.
 */
export type ReserveAllowance = DomainCommand<
  'ReserveAllowance',
  { eventId: string; holdId: string; quantity: number; ttlSeconds: number; rules: SalesRules & { maxPerBuyer: number } }
>;
/** The hold was refused or released: its places no longer count. `buyerId`: the holder (an admin may release). */
export type ReturnAllowance = DomainCommand<'ReturnAllowance', { eventId: string; buyerId: string; holdId: string }>;
/** The hold went into a checkout: its places count until the booking's payment deadline, `expiresAt`. */
export type ExtendAllowance = DomainCommand<
  'ExtendAllowance',
  { eventId: string; buyerId: string; holdId: string; expiresAt: string }
>;
export type AllowanceCommand = ReserveAllowance | ReturnAllowance | ExtendAllowance;

export type AllowanceReserved = DomainEvent<
  'AllowanceReserved',
  { eventId: string; buyerId: string; holdId: string; quantity: number; expiresAt: string; limit: number }
>;
export type AllowanceReturned = DomainEvent<'AllowanceReturned', { eventId: string; buyerId: string; holdId: string }>;
export type AllowanceExtended = DomainEvent<
  'AllowanceExtended',
  { eventId: string; buyerId: string; holdId: string; expiresAt: string }
>;
export type AllowanceEvent = AllowanceReserved | AllowanceReturned | AllowanceExtended;

export const allowanceSchema = eventSchema<AllowanceEvent>({
  AllowanceReserved: 1,
  AllowanceReturned: 1,
  AllowanceExtended: 1,
});

type Reservation = Readonly<{ quantity: number; expiresAt: number }>;
/** Reservations by hold id; lapsed ones stay (a decision skips them), a buyer has few. */
export type AllowanceState = Readonly<{ reservations: ReadonlyMap<string, Reservation> }>;

export function heldByBuyer(state: AllowanceState, now: Date): number {
  let held = 0;
  for (const r of state.reservations.values()) if (r.expiresAt > now.getTime()) held += r.quantity;
  return held;
}

function decideAllowance(command: AllowanceCommand, state: AllowanceState): AllowanceEvent[] {
  switch (command.type) {
    case 'ReserveAllowance':
      return reserve(command, state);
    case 'ReturnAllowance': {
      const { eventId, buyerId, holdId } = command.data;
      return state.reservations.has(holdId) ? [{ type: 'AllowanceReturned', data: { eventId, buyerId, holdId } }] : [];
    }
    case 'ExtendAllowance': {
      const { eventId, buyerId, holdId, expiresAt } = command.data;
      const reservation = state.reservations.get(holdId);
      // Nothing reserved (no limit when it was held), or already counted that long.
      if (!reservation || !(Date.parse(expiresAt) > reservation.expiresAt)) return [];
      return [{ type: 'AllowanceExtended', data: { eventId, buyerId, holdId, expiresAt } }];
    }
    default:
      return assertNever(command);
  }
}

function reserve({ data, metadata }: ReserveAllowance, state: AllowanceState): AllowanceEvent[] {
  if (state.reservations.has(data.holdId)) return []; // the same hold asked again
  requireSalesWindow(data.rules, metadata.now);
  requireOrderSize(data.quantity, data.rules);
  const limit = data.rules.maxPerBuyer;
  const held = heldByBuyer(state, metadata.now);
  if (held + data.quantity > limit) {
    const left = Math.max(0, limit - held);
    throw DomainError.conflict(
      'inventory.buyer-limit',
      `At most ${limit} tickets per buyer for this event: you hold ${held}, so ${left} more at most`,
      { max: limit, held, requested: data.quantity },
    );
  }
  // The partition validates the ttl (and refuses the hold, which gives the places back).
  const expiresAt = new Date(metadata.now.getTime() + data.ttlSeconds * 1000).toISOString();
  const { eventId, holdId, quantity } = data;
  return [
    {
      type: 'AllowanceReserved',
      data: { eventId, buyerId: metadata.actor.userId, holdId, quantity, expiresAt, limit },
    },
  ];
}

function evolveAllowance(state: AllowanceState, event: AllowanceEvent): AllowanceState {
  const reservations = new Map(state.reservations);
  switch (event.type) {
    case 'AllowanceReserved':
      reservations.set(event.data.holdId, {
        quantity: event.data.quantity,
        expiresAt: Date.parse(event.data.expiresAt),
      });
      break;
    case 'AllowanceReturned':
      reservations.delete(event.data.holdId);
      break;
    case 'AllowanceExtended': {
      const reservation = reservations.get(event.data.holdId);
      if (reservation)
        reservations.set(event.data.holdId, { ...reservation, expiresAt: Date.parse(event.data.expiresAt) });
      break;
    }
    default:
      return assertNever(event);
  }
  return { reservations };
}

export const allowanceDecider: Decider<AllowanceState, AllowanceCommand, AllowanceEvent> = {
  initialState: () => ({ reservations: new Map() }),
  decide: decideAllowance,
  evolve: evolveAllowance,
};
