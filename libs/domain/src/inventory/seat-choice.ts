import { DomainError } from '../kernel';
import { parseSeatId } from '../catalog';

/**
 * Where a group sits, decided on seats of one seated partition. A row is its sellable seats in
 * plan order; two seats are neighbours when their numbers differ by one (a removed seat or an
 * aisle between them breaks the row like its end does). A "lone seat" is a free seat with no free
 * neighbour: nobody buys it with a friend, so a good choice never leaves one behind.
 */
export type SeatRows = ReadonlyArray<ReadonlyArray<string>>;

/**
 * The rows of a partition in plan order (front rows first), each split where the numbering breaks.
 * A row's step is the smallest gap between its neighbouring numbers (1, or 2 for odd/even
 * numbering): a larger gap is a removed seat or an aisle.
 */
export function seatRows(seatOrder: readonly string[]): SeatRows {
  const byRow: { row: string; seats: { id: string; number: number }[] }[] = [];
  for (const id of seatOrder) {
    const { row, number } = parseSeatId(id);
    const last = byRow[byRow.length - 1];
    if (last && last.row === row) last.seats.push({ id, number });
    else byRow.push({ row, seats: [{ id, number }] });
  }
  const rows: string[][] = [];
  for (const { seats } of byRow) {
    const gaps = seats.slice(1).map((seat, i) => Math.abs(seat.number - seats[i].number));
    const step = Math.min(...gaps.filter((gap) => gap > 0), Infinity);
    let current = [seats[0].id];
    for (let i = 1; i < seats.length; i++) {
      if (gaps[i - 1] !== step) {
        rows.push(current);
        current = [];
      }
      current.push(seats[i].id);
    }
    rows.push(current);
  }
  return rows;
}

/** Free seats that would have no free neighbour once `taking` are taken too (and did have one before). */
export function loneSeatsLeft(rows: SeatRows, taken: (seat: string) => boolean, taking: ReadonlySet<string>): string[] {
  const lone: string[] = [];
  for (const row of rows) {
    if (!row.some((seat) => taking.has(seat))) continue;
    const before = row.map((seat) => !taken(seat));
    const after = row.map((seat, i) => before[i] && !taking.has(seat));
    for (let i = 0; i < row.length; i++) {
      const isLone = (free: boolean[]) => free[i] && !free[i - 1] && !free[i + 1];
      if (isLone(after) && !isLone(before)) lone.push(row[i]);
    }
  }
  return lone;
}

type Window = { seats: string[]; strandsLone: boolean };

/**
 * Every window of `quantity` adjacent free seats, front rows first, along each row, and whether it
 * would strand a lone seat: only the free seat just before or just after it can become one.
 */
function* windows(rows: SeatRows, taken: (seat: string) => boolean, quantity: number): Generator<Window> {
  for (const row of rows) {
    if (row.length < quantity) continue;
    const free = row.map((seat) => !taken(seat));
    let run = 0;
    for (let end = 0; end < row.length; end++) {
      run = free[end] ? run + 1 : 0;
      if (run < quantity) continue;
      const start = end - quantity + 1;
      const strandsLone =
        (free[start - 1] === true && free[start - 2] !== true) || (free[end + 1] === true && free[end + 2] !== true);
      yield { seats: row.slice(start, end + 1), strandsLone };
    }
  }
}

/**
 * Best available for a group: the first run of adjacent free seats in one row (front rows first)
 * that leaves no lone seat; else the first such run at all; else the group split over two rows
 * one behind the other (the longest free run of each, the front one first); else the first free
 * seats anywhere. Fewer than `quantity` when the partition has fewer free (the count check refuses it).
 */
export function bestAvailable(rows: SeatRows, taken: (seat: string) => boolean, quantity: number): string[] {
  let firstRun: string[] | undefined;
  for (const window of windows(rows, taken, quantity)) {
    if (!window.strandsLone) return window.seats;
    firstRun ??= window.seats;
  }
  if (firstRun) return firstRun;
  const longest = (row: readonly string[]) => {
    let best: string[] = [];
    let run: string[] = [];
    for (const seat of row) {
      run = taken(seat) ? [] : [...run, seat];
      if (run.length > best.length) best = run;
    }
    return best;
  };
  for (let i = 0; i + 1 < rows.length; i++) {
    if (parseSeatId(rows[i][0]).row === parseSeatId(rows[i + 1][0]).row) continue; // one row split by an aisle
    const front = longest(rows[i]);
    const back = longest(rows[i + 1]);
    if (front.length > 0 && back.length > 0 && front.length + back.length >= quantity) {
      const inFront = Math.min(front.length, quantity - 1);
      return [...front.slice(0, inFront), ...back.slice(0, quantity - inFront)];
    }
  }
  return rows
    .flat()
    .filter((seat) => !taken(seat))
    .slice(0, quantity);
}

/**
 * Seats a buyer picked: refused when they would strand a lone seat while the partition still has
 * a run of as many adjacent seats that would not (so the buyer can always buy when no better
 * choice exists), unless the organizer allows lone seats.
 */
export function requireNoLoneSeat(rows: SeatRows, taken: (seat: string) => boolean, wanted: readonly string[]): void {
  const lone = loneSeatsLeft(rows, taken, new Set(wanted));
  if (lone.length === 0) return;
  for (const window of windows(rows, taken, wanted.length)) {
    if (!window.strandsLone) {
      throw DomainError.conflict(
        'inventory.lone-seat',
        `These seats would leave ${lone.join(', ')} on its own: take it too, or choose seats next to a taken one or the row's end`,
        { seats: lone, suggestion: window.seats },
      );
    }
  }
}
