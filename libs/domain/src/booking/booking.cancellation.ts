import { type Actor, type Money, hasRole, money, sum } from '../kernel';
import type { RefundPolicy } from '../catalog';

/** What a cancellation is decided against, read from the event's catalog stream by the caller. */
export type CancellationTerms = Readonly<{
  /** The event's refund policy; unset reads as 'no-refunds' (the organizer promised nothing). */
  refundPolicy?: RefundPolicy;
  startsAt: string;
  organizerId: string;
}>;

/** Who cancels: the buyer within the refund policy; the event's organizer or an admin at any time, in full. */
export type Canceller = 'buyer' | 'organizer' | 'admin';

export type CancellationQuote =
  | Readonly<{
      allowed: true;
      /** Share of the cancelled tickets' prices given back, in percent (0 for a free booking). */
      percent: number;
      refund: Money;
      /** The refund holds until this instant (excluded): the next step down, or the end of cancellation. */
      until?: string;
    }>
  | Readonly<{ allowed: false; reason: string; until?: string }>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** One step of a policy: `percent` back while now is before `startsAt - before`. Steps run from the earliest. */
type Step = Readonly<{ before: number; percent: number }>;

/**
 * Each policy as steps: the buyer gets the first step's share whose instant is still ahead; once
 * the last has passed, the buyer can no longer cancel. Boundaries are exclusive: at exactly 7 days
 * before the start, 'until-7d-before' is closed.
 */
export const REFUND_STEPS: Readonly<Record<RefundPolicy, readonly Step[]>> = {
  'no-refunds': [],
  'until-24h-before': [{ before: DAY, percent: 100 }],
  'until-7d-before': [{ before: 7 * DAY, percent: 100 }],
  'any-time': [{ before: 0, percent: 100 }],
  'partial-by-date': [
    { before: 7 * DAY, percent: 100 },
    { before: DAY, percent: 50 },
  ],
};

/** The role a person cancels in, or none: another person's booking reads as none at all. */
export function cancellerOf(actor: Actor, buyerId: string, terms: CancellationTerms): Canceller | undefined {
  if (hasRole(actor, 'admin')) return 'admin';
  if (actor.userId === terms.organizerId) return 'organizer';
  if (actor.userId === buyerId) return 'buyer';
  return undefined;
}

/**
 * What cancelling tickets priced `prices` gives at `now`: the one rule the decider and the quote
 * endpoint share. The organizer and admins cancel at any time with a full refund. A refund is
 * rounded down to a whole minor unit.
 */
export function quoteCancellation(
  by: Canceller,
  terms: CancellationTerms,
  prices: readonly Money[],
  currency: string,
  now: Date,
): CancellationQuote {
  const total = sum(prices, currency);
  if (by !== 'buyer') return { allowed: true, percent: 100, refund: total };
  const policy = terms.refundPolicy ?? 'no-refunds';
  const start = Date.parse(terms.startsAt);
  const steps = REFUND_STEPS[policy] ?? [];
  if (steps.length === 0)
    return { allowed: false, reason: 'This event has no refunds: its tickets cannot be cancelled' };
  const at = now.getTime();
  const step = steps.find((s) => at < start - s.before);
  const last = new Date(start - steps[steps.length - 1].before).toISOString();
  if (!step) return { allowed: false, reason: `Tickets of this event could be cancelled until ${last}`, until: last };
  const refund = money(Math.floor((total.amount * step.percent) / 100), currency);
  return { allowed: true, percent: step.percent, refund, until: new Date(start - step.before).toISOString() };
}
