/**
 * A venue layout, stored compactly: sections hold row specifications (label, seat count, numbering),
 * not one object per seat, so a 20,000-seat arena is a few hundred rows of JSON. Seats are derived
 * by `expandPlan`, the same function on the server (validation, inventory) and in the SPA (rendering).
 * Coordinates are in seat pitches (1 = the distance between two seat centres) on a plane whose y
 * grows away from the stage.
 */
export type SeatFlags = Readonly<{ accessible?: boolean; restrictedView?: boolean }>;

export type RowSpec = Readonly<{
  label: string;
  seats: number;
  /** Number of the first seat (default 1). */
  firstNumber?: number;
  /** 1: 1, 2, 3, ...; 2: odd or even numbering (1, 3, 5, ...) as theatres number the sides. */
  step?: 1 | 2;
  /** Shift of the row along its line, in seat pitches (rows are centred otherwise). */
  offset?: number;
  /** Price tier for the whole row, instead of the section's. */
  priceTierId?: string;
}>;

/** An exception to what the rows generate, for one seat. */
export type SeatException = Readonly<
  {
    row: string;
    number: number;
    /** No seat here (a pillar, a camera position, a wheelchair space without a seat). */
    removed?: boolean;
    priceTierId?: string;
  } & SeatFlags
>;

export type Placement = Readonly<{ x: number; y: number; rotation?: number }>;

export type SeatedSection = Readonly<{
  id: string;
  name: string;
  kind: 'seated';
  priceTierId: string;
  placement: Placement;
  /** straight rows, or rows curved around a centre `radius` pitches in front of the first row. */
  shape: Readonly<{ type: 'straight' } | { type: 'curved'; radius: number }>;
  rows: readonly RowSpec[];
  exceptions?: readonly SeatException[];
}>;

export type StandingSection = Readonly<{
  id: string;
  name: string;
  kind: 'standing';
  priceTierId: string;
  placement: Placement;
  capacity: number;
  /** Drawn size of the area, in seat pitches. */
  width: number;
  depth: number;
}>;

export type Section = SeatedSection | StandingSection;

export type SeatingPlan = Readonly<{
  /** Where the stage (or pitch, or screen) is drawn; purely visual. */
  stage?: Readonly<{ label: string; x: number; y: number; width: number; depth: number }>;
  sections: readonly Section[];
}>;

/** One seat as derived from a plan. Its id is stable while its section id, row label and number stay. */
export type Seat = Readonly<{
  id: string;
  sectionId: string;
  row: string;
  number: number;
  x: number;
  y: number;
  priceTierId: string;
  accessible: boolean;
  restrictedView: boolean;
}>;

export const SEATING_LIMITS = {
  sections: 200,
  rowsPerSection: 200,
  seatsPerRow: 500,
  seats: 100_000,
  exceptions: 20_000,
  standingCapacity: 100_000,
} as const;

export const seatId = (sectionId: string, row: string, number: number) => `${sectionId}:${row}:${number}`;

/** The parts of a seat id (section ids and row labels never contain ":"). */
export function parseSeatId(id: string): { sectionId: string; row: string; number: number } {
  const first = id.indexOf(':');
  const last = id.lastIndexOf(':');
  return { sectionId: id.slice(0, first), row: id.slice(first + 1, last), number: Number(id.slice(last + 1)) };
}
