import type { RowSpec } from './seating-plan';

export type RowLabels = 'letters' | 'numbers';

/** "A".."Z", then "AA", "AB", ... (spreadsheet style); or "1", "2", ... */
export function rowLabel(index: number, labels: RowLabels, start = 0): string {
  if (labels === 'numbers') return String(start + index + 1);
  let n = start + index;
  let label = '';
  do {
    label = String.fromCharCode(65 + (n % 26)) + label;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return label;
}

export type GridSpec = Readonly<{
  rows: number;
  seatsPerRow: number;
  labels?: RowLabels;
  /** Skip this many labels first (a balcony starting at row "K"). */
  firstLabel?: number;
  firstNumber?: number;
}>;

/** A block of equal straight rows. */
export function gridRows(spec: GridSpec): RowSpec[] {
  return Array.from({ length: spec.rows }, (_, i) => ({
    label: rowLabel(i, spec.labels ?? 'letters', spec.firstLabel ?? 0),
    seats: spec.seatsPerRow,
    ...(spec.firstNumber !== undefined && spec.firstNumber !== 1 ? { firstNumber: spec.firstNumber } : {}),
  }));
}

export type CurvedSpec = Readonly<{
  rows: number;
  seatsInFirstRow: number;
  /** Seats each row gains over the one in front (the arc grows with its radius). */
  seatsAddedPerRow: number;
  labels?: RowLabels;
  firstLabel?: number;
}>;

/** Rows for a curved section: each row a little longer than the one in front. */
export function curvedRows(spec: CurvedSpec): RowSpec[] {
  return Array.from({ length: spec.rows }, (_, i) => ({
    label: rowLabel(i, spec.labels ?? 'letters', spec.firstLabel ?? 0),
    seats: spec.seatsInFirstRow + i * spec.seatsAddedPerRow,
  }));
}
