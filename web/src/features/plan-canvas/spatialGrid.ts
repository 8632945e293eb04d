/**
 * A uniform hash grid over seat centres, one cell per seat pitch: a seat under the pointer is found
 * by looking at the 3 × 3 cells around it, whatever the plan's size (seats are ≥ 1 pitch apart,
 * so a cell holds one or two).
 */
export class SpatialGrid {
  private readonly cells = new Map<number, number[]>();

  constructor(
    private readonly xs: Float32Array,
    private readonly ys: Float32Array,
    private readonly cell = 1,
  ) {
    for (let i = 0; i < xs.length; i++) {
      const key = this.key(Math.floor(xs[i] / cell), Math.floor(ys[i] / cell));
      const list = this.cells.get(key);
      if (list) list.push(i);
      else this.cells.set(key, [i]);
    }
  }

  // Plan coordinates are within ±10,000 pitches: 16 bits a cell coordinate is plenty.
  private key(cx: number, cy: number) {
    return (cx + 32768) * 65536 + (cy + 32768);
  }

  /** The seat whose centre is nearest to (x, y) within `radius` (any, even Infinity), or -1. */
  nearest(x: number, y: number, radius = 0.5): number {
    const cx = Math.floor(x / this.cell);
    const cy = Math.floor(y / this.cell);
    const reach = Math.ceil(radius / this.cell);
    let best = -1;
    let bestDistance = radius * radius;
    // A reach over more cells than there are seats is cheaper to answer by one scan.
    if ((2 * reach + 1) ** 2 > this.xs.length) {
      for (let i = 0; i < this.xs.length; i++) {
        const d = (this.xs[i] - x) ** 2 + (this.ys[i] - y) ** 2;
        if (d <= bestDistance) {
          bestDistance = d;
          best = i;
        }
      }
      return best;
    }
    for (let gx = cx - reach; gx <= cx + reach; gx++) {
      for (let gy = cy - reach; gy <= cy + reach; gy++) {
        const list = this.cells.get(this.key(gx, gy));
        if (!list) continue;
        for (const i of list) {
          const d = (this.xs[i] - x) ** 2 + (this.ys[i] - y) ** 2;
          if (d <= bestDistance) {
            bestDistance = d;
            best = i;
          }
        }
      }
    }
    return best;
  }

  /** Seats whose centres lie in the rectangle (any corner order). */
  within(x1: number, y1: number, x2: number, y2: number): number[] {
    const minX = Math.min(x1, x2);
    const maxX = Math.max(x1, x2);
    const minY = Math.min(y1, y2);
    const maxY = Math.max(y1, y2);
    const inside = (i: number) => this.xs[i] >= minX && this.xs[i] <= maxX && this.ys[i] >= minY && this.ys[i] <= maxY;
    const cells = ((maxX - minX) / this.cell + 1) * ((maxY - minY) / this.cell + 1);
    const found: number[] = [];
    // A rectangle spanning more cells than there are seats is cheaper to answer by one scan.
    if (cells > this.xs.length) {
      for (let i = 0; i < this.xs.length; i++) if (inside(i)) found.push(i);
      return found;
    }
    for (let gx = Math.floor(minX / this.cell); gx <= Math.floor(maxX / this.cell); gx++) {
      for (let gy = Math.floor(minY / this.cell); gy <= Math.floor(maxY / this.cell); gy++) {
        for (const i of this.cells.get(this.key(gx, gy)) ?? []) if (inside(i)) found.push(i);
      }
    }
    return found.sort((a, b) => a - b);
  }
}
