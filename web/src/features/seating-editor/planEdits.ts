import {
  ROW_PITCH,
  SEATING_LIMITS,
  parseSeatId,
  validatePlan,
  type RowSpec,
  type SeatException,
  type SeatedSection,
  type SeatingPlan,
  type Section,
} from '@booking/seating';

export type PlanProblem = { field: string; message: string };

/** The shared validation (same messages as the server), as a value instead of a throw. */
export function checkPlan(plan: SeatingPlan, tierIds: ReadonlySet<string>): PlanProblem | null {
  try {
    validatePlan(plan, tierIds);
    return null;
  } catch (error) {
    const details = (error as { details?: { field?: unknown } }).details;
    if (error instanceof Error && typeof details?.field === 'string')
      return { field: details.field, message: error.message };
    throw error;
  }
}

/** "sections[2].rows[4].seats" → where to show it. */
export function locateField(field: string): { section?: number; row?: number; exception?: number; prop: string } {
  const match = /^sections\[(\d+)\](?:\.rows\[(\d+)\]|\.exceptions\[(\d+)\])?\.?(.*)$/.exec(field);
  if (!match) return { prop: field };
  return {
    section: Number(match[1]),
    row: match[2] === undefined ? undefined : Number(match[2]),
    exception: match[3] === undefined ? undefined : Number(match[3]),
    prop: match[4] ?? '',
  };
}

const clamp = (n: number, min: number, max: number) => (Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : 0);

// What the canvas draws while a field is out of range (0 seats, 10,000 seats): the plan clamped to
// what can be expanded. Memoized per section so unchanged sections keep their expansion.
const drawable = new WeakMap<Section, Section>();
function drawableSection(section: Section): Section {
  let out = drawable.get(section);
  if (out) return out;
  const placement = {
    x: clamp(section.placement.x, -10_000, 10_000),
    y: clamp(section.placement.y, -10_000, 10_000),
    rotation: clamp(section.placement.rotation ?? 0, -360, 360),
  };
  if (section.kind === 'standing') {
    out = { ...section, placement, width: clamp(section.width, 1, 1000), depth: clamp(section.depth, 1, 1000) };
  } else {
    out = {
      ...section,
      placement,
      shape:
        section.shape.type === 'curved'
          ? { type: 'curved', radius: clamp(section.shape.radius, 2, 1000) }
          : section.shape,
      rows: section.rows.slice(0, SEATING_LIMITS.rowsPerSection).map((r) => ({
        ...r,
        seats: Math.floor(clamp(r.seats, 0, SEATING_LIMITS.seatsPerRow)),
        firstNumber: Math.floor(clamp(r.firstNumber ?? 1, 0, 10_000)),
        offset: clamp(r.offset ?? 0, -500, 500),
      })),
    };
  }
  drawable.set(section, out);
  return out;
}
export const drawablePlan = (plan: SeatingPlan): SeatingPlan => ({
  ...plan,
  sections: plan.sections.map(drawableSection),
});

export function replaceSection(plan: SeatingPlan, index: number, section: Section): SeatingPlan {
  return { ...plan, sections: plan.sections.map((s, i) => (i === index ? section : s)) };
}

export function removeSection(plan: SeatingPlan, index: number): SeatingPlan {
  return { ...plan, sections: plan.sections.filter((_, i) => i !== index) };
}

export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'section'
  );
}

/** A section id not yet used in the plan, from its name ("Upper tier" → "upper-tier", "upper-tier-2"). */
export function freeSectionId(plan: SeatingPlan, name: string): string {
  const base = slug(name);
  const used = new Set(plan.sections.map((s) => s.id));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base.slice(0, 36)}-${n}`;
    if (!used.has(id)) return id;
  }
}

/** Extent of a section in plan units, without expanding it (for placing the next section). */
function roughExtent(section: Section): { halfWidth: number; depth: number } {
  if (section.kind === 'standing') return { halfWidth: section.width / 2, depth: section.depth };
  const widest = Math.max(0, ...section.rows.map((r) => (Number.isFinite(r.seats) ? r.seats : 0)));
  return { halfWidth: widest / 2, depth: section.rows.length * ROW_PITCH };
}

/** Where a new section goes: below everything there is, centred. */
export function nextPlacement(plan: SeatingPlan): { x: number; y: number } {
  let bottom = plan.stage ? plan.stage.y + plan.stage.depth / 2 + 2 : 0;
  for (const s of plan.sections) {
    const { depth } = roughExtent(s);
    const top = s.kind === 'standing' ? s.placement.y - s.depth / 2 : s.placement.y;
    bottom = Math.max(bottom, top + depth + 3);
  }
  return { x: 0, y: Math.round(bottom) };
}

/** Standing areas are placed by their centre. */
export function standingPlacement(plan: SeatingPlan, depth: number) {
  const p = nextPlacement(plan);
  return { x: p.x, y: p.y + depth / 2 };
}

export type SeatChange = {
  removed?: boolean;
  accessible?: boolean;
  restrictedView?: boolean;
  /** A tier id overrides; null clears the override. */
  priceTierId?: string | null;
};

/** Applies one change to many seats (ids `section:row:number`), section by section; no-op exceptions are dropped. */
export function changeSeats(plan: SeatingPlan, seatIds: Iterable<string>, change: SeatChange): SeatingPlan {
  const bySection = new Map<string, { row: string; number: number }[]>();
  for (const id of seatIds) {
    const { sectionId, row, number } = parseSeatId(id);
    const list = bySection.get(sectionId) ?? [];
    list.push({ row, number });
    bySection.set(sectionId, list);
  }
  return {
    ...plan,
    sections: plan.sections.map((section) => {
      const seats = bySection.get(section.id);
      if (!seats || section.kind !== 'seated') return section;
      return { ...section, exceptions: mergeExceptions(section, seats, change) };
    }),
  };
}

type MutableException = { -readonly [K in keyof SeatException]: SeatException[K] };

function mergeExceptions(section: SeatedSection, seats: { row: string; number: number }[], change: SeatChange) {
  const byKey = new Map<string, MutableException>(
    (section.exceptions ?? []).map((e) => [`${e.row}:${e.number}`, { ...e }]),
  );
  for (const { row, number } of seats) {
    const key = `${row}:${number}`;
    const e: MutableException = byKey.get(key) ?? { row, number };
    if (change.removed !== undefined) set(e, 'removed', change.removed);
    if (change.accessible !== undefined) set(e, 'accessible', change.accessible);
    if (change.restrictedView !== undefined) set(e, 'restrictedView', change.restrictedView);
    if (change.priceTierId !== undefined) {
      if (change.priceTierId === null) delete e.priceTierId;
      else e.priceTierId = change.priceTierId;
    }
    if (Object.keys(e).length > 2) byKey.set(key, e);
    else byKey.delete(key);
  }
  return [...byKey.values()];
}

function set(e: MutableException, flag: 'removed' | 'accessible' | 'restrictedView', on: boolean) {
  if (on) e[flag] = true;
  else delete e[flag];
}

/** Seat ids of one row between two numbers (the keyboard way to select seats). */
export function rowSeatIds(section: SeatedSection, row: RowSpec, from: number, to: number): string[] {
  const step = row.step ?? 1;
  const first = row.firstNumber ?? 1;
  const ids: string[] = [];
  for (let i = 0; i < row.seats; i++) {
    const n = first + i * step;
    if (n >= Math.min(from, to) && n <= Math.max(from, to)) ids.push(`${section.id}:${row.label}:${n}`);
  }
  return ids;
}
