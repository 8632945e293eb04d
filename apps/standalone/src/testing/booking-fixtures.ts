import { gridRows } from '@booking/domain';

/** What the booking specs build events and checkouts from: one place, so a fixture reads the same everywhere. */

/** The buyer every checkout in the specs names. */
export const BUYER = { name: 'Ada Lovelace', email: 'ada@example.com' };

/** A price tier in euros (minor units). */
export const tier = (id: string, name: string, amount: number) => ({ id, name, price: { amount, currency: 'EUR' } });

/** One free tier: a checkout is confirmed at once. */
export const FREE = [tier('guest', 'Guest list', 0)];

/** A straight block of `rows` × `seatsPerRow` seats (rows A, B, …; seats from 1) at tier `priceTierId`. */
export function seatedSection(
  id: string,
  shape: Readonly<{ rows: number; seatsPerRow: number; priceTierId?: string; name?: string; y?: number }>,
) {
  return {
    id,
    name: shape.name ?? id.charAt(0).toUpperCase() + id.slice(1),
    kind: 'seated',
    priceTierId: shape.priceTierId ?? 'standard',
    placement: { x: 0, y: shape.y ?? 0 },
    shape: { type: 'straight' },
    rows: gridRows({ rows: shape.rows, seatsPerRow: shape.seatsPerRow }),
  };
}

/** A seating plan of these sections. */
export const seatingPlan = (...sections: readonly object[]) => ({ sections: [...sections] });
