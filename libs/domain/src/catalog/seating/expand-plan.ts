import type { Placement, RowSpec, SeatedSection, Seat, SeatingPlan, Section } from './seating-plan';
import { seatId } from './seating-plan';

/** Distance between rows, in seat pitches. */
export const ROW_PITCH = 1.3;

export function seatNumbers(row: RowSpec): number[] {
  const first = row.firstNumber ?? 1;
  const step = row.step ?? 1;
  return Array.from({ length: row.seats }, (_, i) => first + i * step);
}

/** Every seat of a seated section, in row order then seat order, exceptions applied, removed seats left out. */
export function expandSection(section: SeatedSection): Seat[] {
  const exceptions = new Map((section.exceptions ?? []).map((e) => [`${e.row}:${e.number}`, e]));
  const seats: Seat[] = [];
  section.rows.forEach((row, r) => {
    const numbers = seatNumbers(row);
    numbers.forEach((number, i) => {
      const exception = exceptions.get(`${row.label}:${number}`);
      if (exception?.removed) return;
      const along = i - (row.seats - 1) / 2 + (row.offset ?? 0);
      const local = section.shape.type === 'curved' ? curved(along, r, section.shape.radius) : straight(along, r);
      const { x, y } = place(local, section.placement);
      seats.push({
        id: seatId(section.id, row.label, number),
        sectionId: section.id,
        row: row.label,
        number,
        x,
        y,
        priceTierId: exception?.priceTierId ?? row.priceTierId ?? section.priceTierId,
        accessible: exception?.accessible ?? false,
        restrictedView: exception?.restrictedView ?? false,
      });
    });
  });
  return seats;
}

export function expandPlan(plan: SeatingPlan): Seat[] {
  return plan.sections.flatMap((section) => (section.kind === 'seated' ? expandSection(section) : []));
}

/** Sellable places in a section: its seats, or the capacity of a standing area. */
export function sectionCapacity(section: Section): number {
  if (section.kind === 'standing') return section.capacity;
  const removed = (section.exceptions ?? []).filter((e) => e.removed).length;
  return section.rows.reduce((sum, row) => sum + row.seats, 0) - removed;
}

export const planCapacity = (plan: SeatingPlan) => plan.sections.reduce((sum, s) => sum + sectionCapacity(s), 0);

function straight(along: number, row: number) {
  return { x: along, y: row * ROW_PITCH };
}

/** Rows are arcs around a centre `radius` pitches in front of the first row; seats keep one pitch apart. */
function curved(along: number, row: number, radius: number) {
  const r = radius + row * ROW_PITCH;
  const angle = along / r;
  return { x: r * Math.sin(angle), y: r * Math.cos(angle) - radius };
}

function place(local: { x: number; y: number }, placement: Placement) {
  const turn = ((placement.rotation ?? 0) * Math.PI) / 180;
  const cos = Math.cos(turn);
  const sin = Math.sin(turn);
  return {
    x: round(placement.x + local.x * cos - local.y * sin),
    y: round(placement.y + local.x * sin + local.y * cos),
  };
}

const round = (n: number) => Math.round(n * 100) / 100 + 0; // + 0 turns -0 into 0
