/** A label's box on the screen, in CSS pixels. */
export type LabelBox = { x: number; y: number; w: number; h: number };

const CELL = 64;

/**
 * Where labels already are on the screen, bucketed in 64 px cells: `claim` says whether a box is
 * free and takes it if so. Labels drawn in priority order (stage, areas, section names, then rows)
 * so a crowded plan (the 20,000-seat arena) drops the least useful ones instead of overprinting.
 */
export class LabelSpace {
  private readonly cells = new Map<number, LabelBox[]>();
  readonly placed: LabelBox[] = [];

  claim(box: LabelBox): boolean {
    const keys = this.keys(box);
    for (const key of keys) for (const other of this.cells.get(key) ?? []) if (overlaps(box, other)) return false;
    for (const key of keys) {
      const list = this.cells.get(key);
      if (list) list.push(box);
      else this.cells.set(key, [box]);
    }
    this.placed.push(box);
    return true;
  }

  private keys(b: LabelBox): number[] {
    const keys: number[] = [];
    const x0 = Math.floor(b.x / CELL);
    const x1 = Math.floor((b.x + b.w) / CELL);
    const y0 = Math.floor(b.y / CELL);
    const y1 = Math.floor((b.y + b.h) / CELL);
    // Cells as one number: screens are far narrower than 100,000 cells.
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) keys.push(cx * 100_000 + cy);
    return keys;
  }
}

export const overlaps = (a: LabelBox, b: LabelBox) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
