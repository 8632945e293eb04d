import { expandSection, type Seat, type SeatedSection, type SeatingPlan, type Section } from '@booking/seating';
import { SpatialGrid } from './spatialGrid';

export const ACCESSIBLE = 1;
export const RESTRICTED = 2;
/** Only in the editor: a removed seat, drawn as a ghost so it can be restored. */
export const REMOVED = 4;

export type Bounds = { minX: number; minY: number; maxX: number; maxY: number };

export type SectionGeometry = {
  section: Section;
  index: number;
  /** Seats of this section are model.seats[start..end). */
  start: number;
  end: number;
  /** Seat centres' extent (seated), or the area's corners (standing). */
  bounds: Bounds;
  /** A standing area's four corners, in plan units. */
  corners?: [number, number][];
};

/**
 * A plan ready to draw and hit-test: every seat once, in flat typed arrays (20,000 seats are a few
 * hundred kilobytes and one tight loop to draw), plus a spatial grid for O(1) "which seat is here".
 */
export type PlanModel = {
  plan: SeatingPlan;
  seats: readonly Seat[];
  x: Float32Array;
  y: Float32Array;
  flags: Uint8Array;
  /** Index into `tierIds`. */
  tier: Uint8Array;
  section: Uint16Array;
  tierIds: string[];
  sections: SectionGeometry[];
  bounds: Bounds;
  grid: SpatialGrid;
  indexOf: (seatId: string) => number | undefined;
};

// Expansion is the costly part; a section object that did not change is not expanded again.
const expanded = new WeakMap<SeatedSection, Seat[]>();
const expandedWithRemoved = new WeakMap<SeatedSection, { seats: Seat[]; removed: Set<string> }>();

function seatsOf(section: SeatedSection, showRemoved: boolean): { seats: Seat[]; removed?: Set<string> } {
  if (!showRemoved) {
    let seats = expanded.get(section);
    if (!seats) expanded.set(section, (seats = expandSection(section)));
    return { seats };
  }
  let entry = expandedWithRemoved.get(section);
  if (!entry) {
    const removed = new Set(
      (section.exceptions ?? []).filter((e) => e.removed).map((e) => `${section.id}:${e.row}:${e.number}`),
    );
    const restored = {
      ...section,
      exceptions: section.exceptions?.map((e) => (e.removed ? { ...e, removed: false } : e)),
    };
    entry = { seats: expandSection(restored), removed };
    expandedWithRemoved.set(section, entry);
  }
  return entry;
}

const emptyBounds = (): Bounds => ({ minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity });
function grow(b: Bounds, x: number, y: number) {
  if (x < b.minX) b.minX = x;
  if (y < b.minY) b.minY = y;
  if (x > b.maxX) b.maxX = x;
  if (y > b.maxY) b.maxY = y;
}

/** Corners of a rectangle centred on (x, y), turned by `rotation` degrees. */
export function rectCorners(x: number, y: number, width: number, depth: number, rotation = 0): [number, number][] {
  const turn = (rotation * Math.PI) / 180;
  const cos = Math.cos(turn);
  const sin = Math.sin(turn);
  return [
    [-width / 2, -depth / 2],
    [width / 2, -depth / 2],
    [width / 2, depth / 2],
    [-width / 2, depth / 2],
  ].map(([dx, dy]) => [x + dx * cos - dy * sin, y + dx * sin + dy * cos]);
}

/** `showRemoved`: the editor keeps removed seats (flagged REMOVED) so they can be picked and restored. */
export function buildPlanModel(plan: SeatingPlan, showRemoved = false): PlanModel {
  const parts = plan.sections.map((s) => (s.kind === 'seated' ? seatsOf(s, showRemoved) : { seats: [] as Seat[] }));
  const total = parts.reduce((n, p) => n + p.seats.length, 0);
  const x = new Float32Array(total);
  const y = new Float32Array(total);
  const flags = new Uint8Array(total);
  const tier = new Uint8Array(total);
  const section = new Uint16Array(total);
  const tierIds: string[] = [];
  const tierIndex = new Map<string, number>();
  const tierOf = (id: string) => {
    let i = tierIndex.get(id);
    if (i === undefined) {
      i = Math.min(tierIds.length, 255);
      tierIndex.set(id, i);
      tierIds.push(id);
    }
    return i;
  };
  const seats: Seat[] = new Array<Seat>(total);
  const bounds = emptyBounds();
  const sections: SectionGeometry[] = [];
  let at = 0;
  plan.sections.forEach((s, si) => {
    const part = parts[si];
    const b = emptyBounds();
    const start = at;
    let corners: [number, number][] | undefined;
    tierOf(s.priceTierId);
    if (s.kind === 'standing') {
      corners = rectCorners(s.placement.x, s.placement.y, s.width, s.depth, s.placement.rotation);
      for (const [cx, cy] of corners) grow(b, cx, cy);
    }
    for (const seat of part.seats) {
      seats[at] = seat;
      x[at] = seat.x;
      y[at] = seat.y;
      tier[at] = tierOf(seat.priceTierId);
      section[at] = si;
      flags[at] =
        (seat.accessible ? ACCESSIBLE : 0) |
        (seat.restrictedView ? RESTRICTED : 0) |
        (part.removed?.has(seat.id) ? REMOVED : 0);
      grow(b, seat.x, seat.y);
      at++;
    }
    if (b.minX <= b.maxX) {
      grow(bounds, b.minX - 0.5, b.minY - 0.5);
      grow(bounds, b.maxX + 0.5, b.maxY + 0.5);
    }
    sections.push({ section: s, index: si, start, end: at, bounds: b, corners });
  });
  if (plan.stage) {
    const { x: sx, y: sy, width, depth } = plan.stage;
    grow(bounds, sx - width / 2, sy - depth / 2);
    grow(bounds, sx + width / 2, sy + depth / 2);
  }
  if (bounds.minX > bounds.maxX) Object.assign(bounds, { minX: -10, minY: -10, maxX: 10, maxY: 10 });
  let ids: Map<string, number> | undefined;
  return {
    plan,
    seats,
    x,
    y,
    flags,
    tier,
    section,
    tierIds,
    sections,
    bounds,
    grid: new SpatialGrid(x, y),
    // Built on first use: the public map needs it (taken seats), a plain render does not.
    indexOf: (id) => (ids ??= new Map(seats.map((seat, i) => [seat.id, i]))).get(id),
  };
}

/** Is (px, py) inside the polygon? (standing areas are rotated rectangles) */
export function insidePolygon(px: number, py: number, corners: [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = corners.length - 1; i < corners.length; j = i++) {
    const [xi, yi] = corners[i];
    const [xj, yj] = corners[j];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The standing area under a plan point, if any. */
export function standingAt(model: PlanModel, px: number, py: number): SectionGeometry | undefined {
  return model.sections.find((g) => g.corners && insidePolygon(px, py, g.corners));
}

/**
 * The seat a keyboard step from seat `from` lands on, in the direction (dx, dy) (a unit step on
 * one axis): the nearest seat ahead, a seat off the line counting double, so Right walks along a
 * row and Down goes to the next row. -1 when nothing lies that way.
 */
export function seatInDirection(model: PlanModel, from: number, dx: number, dy: number): number {
  const x0 = model.x[from];
  const y0 = model.y[from];
  let best = -1;
  let bestCost = Infinity;
  for (let i = 0; i < model.x.length; i++) {
    const ex = model.x[i] - x0;
    const ey = model.y[i] - y0;
    const along = ex * dx + ey * dy;
    if (i === from || along <= 0.01) continue;
    const cost = along + 2 * Math.abs(ex * dy - ey * dx);
    if (cost < bestCost) {
      bestCost = cost;
      best = i;
    }
  }
  return best;
}
