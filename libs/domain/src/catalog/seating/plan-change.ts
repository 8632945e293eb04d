import { DomainError, canonicalJson } from '../../kernel';
import { expandPlan } from './expand-plan';
import type { SeatingPlan } from './seating-plan';

/** What buyers already have on a published event: seats by id (with their tier) and places per standing area. */
export type Sold = Readonly<{
  seats: ReadonlyMap<string, string>;
  standing: ReadonlyMap<string, number>;
}>;

export const nothingSold = (): Sold => ({ seats: new Map(), standing: new Map() });

/** Refuses a new plan that would take away or reprice a place a buyer has, or shrink a standing area below its sales. */
export function assertKeepsSoldPlaces(next: SeatingPlan, sold: Sold): void {
  if (sold.seats.size > 0) {
    const seats = new Map(expandPlan(next).map((seat) => [seat.id, seat]));
    const removed: string[] = [];
    const repriced: string[] = [];
    for (const [id, tierId] of sold.seats) {
      const seat = seats.get(id);
      if (!seat) removed.push(id);
      else if (seat.priceTierId !== tierId) repriced.push(id);
    }
    if (removed.length > 0 || repriced.length > 0) {
      const parts = [
        removed.length ? `removes ${removed.length} sold seat(s) (${removed.slice(0, 5).join(', ')})` : '',
        repriced.length ? `reprices ${repriced.length} sold seat(s) (${repriced.slice(0, 5).join(', ')})` : '',
      ].filter(Boolean);
      throw DomainError.conflict('catalog.sold-seats-changed', `The new plan ${parts.join(' and ')}`, {
        removed: removed.slice(0, 100),
        repriced: repriced.slice(0, 100),
      });
    }
  }
  const sections = new Map(next.sections.map((s) => [s.id, s]));
  for (const [sectionId, count] of sold.standing) {
    if (count === 0) continue;
    const section = sections.get(sectionId);
    if (!section || section.kind !== 'standing' || section.capacity < count) {
      throw DomainError.conflict(
        'catalog.sold-seats-changed',
        `Standing area ${sectionId} has ${count} place(s) sold; the new plan must keep it with at least that capacity`,
        { section: sectionId, sold: count },
      );
    }
  }
}

/** Same plan, whatever the order of keys in its objects. */
export function samePlan(a: SeatingPlan, b: SeatingPlan): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** Tier ids a plan refers to (sections, rows, seat exceptions). */
export function tiersInUse(plan: SeatingPlan): Set<string> {
  const used = new Set<string>();
  for (const section of plan.sections) {
    used.add(section.priceTierId);
    if (section.kind !== 'seated') continue;
    for (const row of section.rows) if (row.priceTierId) used.add(row.priceTierId);
    for (const e of section.exceptions ?? []) if (e.priceTierId) used.add(e.priceTierId);
  }
  return used;
}
