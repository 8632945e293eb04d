import { DomainError } from '../../kernel';
import { planCapacity, seatNumbers } from './expand-plan';
import { SEATING_LIMITS, type RowSpec, type SeatException, type SeatingPlan, type Section } from './seating-plan';

const invalid = (field: string, message: string) =>
  DomainError.validation('catalog.invalid-seating-plan', message, { field });

const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const LABEL = /^[\p{L}\p{N}][\p{L}\p{N} .'-]{0,19}$/u;

const finite = (field: string, n: unknown, min: number, max: number): number => {
  if (typeof n !== 'number' || !Number.isFinite(n) || n < min || n > max)
    throw invalid(field, `${field} must be a number from ${min} to ${max}`);
  return n;
};
const whole = (field: string, n: unknown, min: number, max: number): number => {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < min || n > max)
    throw invalid(field, `${field} must be a whole number from ${min} to ${max}`);
  return n;
};
const text = (field: string, s: unknown, max: number): string => {
  const t = typeof s === 'string' ? s.trim() : '';
  if (t.length < 1 || t.length > max) throw invalid(field, `${field} must be 1 to ${max} characters`);
  return t;
};
const tier = (field: string, id: unknown, tiers: ReadonlySet<string>): string => {
  if (typeof id !== 'string' || !tiers.has(id))
    throw invalid(field, `${field} must name one of the event's price tiers (${[...tiers].join(', ') || 'none yet'})`);
  return id;
};

/**
 * Checks a plan and returns it normalized (trimmed, defaults dropped), with its capacity.
 * `tierIds`: the event's price tiers; every section, row and seat exception must use one of them.
 */
export function validatePlan(plan: SeatingPlan, tierIds: ReadonlySet<string>): { plan: SeatingPlan; capacity: number } {
  if (!plan || typeof plan !== 'object' || !Array.isArray(plan.sections))
    throw invalid('sections', 'a seating plan has a list of sections');
  if (plan.sections.length < 1 || plan.sections.length > SEATING_LIMITS.sections)
    throw invalid('sections', `a seating plan has 1 to ${SEATING_LIMITS.sections} sections`);
  const ids = new Set<string>();
  let exceptions = 0;
  const sections = plan.sections.map((section, i): Section => {
    const field = `sections[${i}]`;
    requireObject(field, section);
    if (typeof section.id !== 'string' || !ID.test(section.id))
      throw invalid(`${field}.id`, `${field}.id must be 1 to 40 lower-case letters, digits or dashes`);
    if (ids.has(section.id)) throw invalid(`${field}.id`, `section ids must differ ("${section.id}" twice)`);
    ids.add(section.id);
    const common = {
      id: section.id,
      name: text(`${field}.name`, section.name, 60),
      priceTierId: tier(`${field}.priceTierId`, section.priceTierId, tierIds),
      placement: placement(`${field}.placement`, section.placement),
    };
    if (section.kind === 'standing') {
      return {
        ...common,
        kind: 'standing',
        capacity: whole(`${field}.capacity`, section.capacity, 1, SEATING_LIMITS.standingCapacity),
        width: finite(`${field}.width`, section.width, 1, 1000),
        depth: finite(`${field}.depth`, section.depth, 1, 1000),
      };
    }
    if (section.kind !== 'seated') throw invalid(`${field}.kind`, `${field}.kind must be "seated" or "standing"`);
    const shape =
      section.shape?.type === 'curved'
        ? { type: 'curved' as const, radius: finite(`${field}.shape.radius`, section.shape.radius, 2, 1000) }
        : section.shape?.type === 'straight'
          ? { type: 'straight' as const }
          : (() => {
              throw invalid(`${field}.shape`, `${field}.shape.type must be "straight" or "curved"`);
            })();
    const rows = seatedRows(field, section.rows, tierIds);
    exceptions += section.exceptions?.length ?? 0;
    if (exceptions > SEATING_LIMITS.exceptions)
      throw invalid(`${field}.exceptions`, `a plan has at most ${SEATING_LIMITS.exceptions} seat exceptions`);
    return {
      ...common,
      kind: 'seated',
      shape,
      rows,
      exceptions: seatExceptions(field, section.exceptions ?? [], rows, tierIds),
    };
  });
  if (plan.stage !== undefined) requireObject('stage', plan.stage);
  const out: SeatingPlan = plan.stage
    ? {
        stage: {
          label: text('stage.label', plan.stage.label, 40),
          x: finite('stage.x', plan.stage.x, -10_000, 10_000),
          y: finite('stage.y', plan.stage.y, -10_000, 10_000),
          width: finite('stage.width', plan.stage.width, 1, 1000),
          depth: finite('stage.depth', plan.stage.depth, 1, 1000),
        },
        sections,
      }
    : { sections };
  const capacity = planCapacity(out);
  if (capacity < 1) throw invalid('sections', 'a seating plan needs at least one seat or standing place');
  const seats = capacity - sections.reduce((n, s) => n + (s.kind === 'standing' ? s.capacity : 0), 0);
  if (seats > SEATING_LIMITS.seats) throw invalid('sections', `a plan has at most ${SEATING_LIMITS.seats} seats`);
  return { plan: out, capacity };
}

function requireObject(field: string, value: unknown): void {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw invalid(field, `${field} must be an object`);
}

function placement(field: string, p: Section['placement'] | undefined): Section['placement'] {
  if (!p || typeof p !== 'object') throw invalid(field, `${field} needs x and y`);
  const x = finite(`${field}.x`, p.x, -10_000, 10_000);
  const y = finite(`${field}.y`, p.y, -10_000, 10_000);
  return p.rotation === undefined || p.rotation === 0
    ? { x, y }
    : { x, y, rotation: finite(`${field}.rotation`, p.rotation, -360, 360) };
}

function seatedRows(field: string, rows: readonly RowSpec[] | undefined, tierIds: ReadonlySet<string>): RowSpec[] {
  if (!Array.isArray(rows) || rows.length < 1 || rows.length > SEATING_LIMITS.rowsPerSection)
    throw invalid(`${field}.rows`, `a seated section has 1 to ${SEATING_LIMITS.rowsPerSection} rows`);
  const labels = new Set<string>();
  return rows.map((row, r) => {
    const at = `${field}.rows[${r}]`;
    requireObject(at, row);
    const label = text(`${at}.label`, row.label, 20);
    if (!LABEL.test(label)) throw invalid(`${at}.label`, `${at}.label must be letters or digits`);
    if (labels.has(label)) throw invalid(`${at}.label`, `row labels in a section must differ ("${label}" twice)`);
    labels.add(label);
    const out: { -readonly [K in keyof RowSpec]: RowSpec[K] } = {
      label,
      seats: whole(`${at}.seats`, row.seats, 1, SEATING_LIMITS.seatsPerRow),
    };
    if (row.firstNumber !== undefined && row.firstNumber !== 1)
      out.firstNumber = whole(`${at}.firstNumber`, row.firstNumber, 0, 10_000);
    if (row.step !== undefined && row.step !== 1) {
      if (row.step !== 2) throw invalid(`${at}.step`, `${at}.step must be 1 or 2`);
      out.step = 2;
    }
    if (row.offset !== undefined && row.offset !== 0) out.offset = finite(`${at}.offset`, row.offset, -500, 500);
    if (row.priceTierId !== undefined) out.priceTierId = tier(`${at}.priceTierId`, row.priceTierId, tierIds);
    return out;
  });
}

function seatExceptions(
  field: string,
  exceptions: readonly SeatException[],
  rows: RowSpec[],
  tierIds: ReadonlySet<string>,
): SeatException[] {
  if (!Array.isArray(exceptions)) throw invalid(`${field}.exceptions`, `${field}.exceptions must be a list`);
  const numbers = new Map(rows.map((row) => [row.label, new Set(seatNumbers(row))]));
  const seen = new Set<string>();
  return exceptions.flatMap((e, i) => {
    const at = `${field}.exceptions[${i}]`;
    requireObject(at, e);
    if (!numbers.get(e.row)?.has(e.number))
      throw invalid(at, `${at} names row ${String(e.row)} seat ${String(e.number)}, which the rows do not have`);
    const key = `${e.row}:${e.number}`;
    if (seen.has(key)) throw invalid(at, `row ${e.row} seat ${e.number} has two exceptions`);
    seen.add(key);
    const out: { -readonly [K in keyof SeatException]: SeatException[K] } = { row: e.row, number: e.number };
    if (e.removed === true) out.removed = true;
    if (e.accessible === true) out.accessible = true;
    if (e.restrictedView === true) out.restrictedView = true;
    if (e.priceTierId !== undefined) out.priceTierId = tier(`${at}.priceTierId`, e.priceTierId, tierIds);
    return Object.keys(out).length > 2 ? [out] : []; // an exception that changes nothing is dropped
  });
}
