import { describe, expect, it } from 'vitest';
import { SpatialGrid } from './spatialGrid';

// Seats 0..5: a row of three at y = 0, a row of two at y = 2, one far away.
const xs = new Float32Array([0, 1, 2, 0.5, 1.5, 40]);
const ys = new Float32Array([0, 0, 0, 2, 2, -30]);
const grid = new SpatialGrid(xs, ys);

/** The same questions answered by looking at every seat. */
const scanOf =
  (sxs: Float32Array, sys: Float32Array) =>
  (x: number, y: number, radius: number): number => {
    let best = -1;
    let bestDistance = radius * radius;
    sxs.forEach((sx, i) => {
      const d = (sx - x) ** 2 + (sys[i] - y) ** 2;
      if (d <= bestDistance) [best, bestDistance] = [i, d];
    });
    return best;
  };
const nearestByScan = scanOf(xs, ys);

describe('SpatialGrid', () => {
  it('finds the seat under a point, within half a pitch by default', () => {
    expect(grid.nearest(1.2, 0.1)).toBe(1);
    expect(grid.nearest(1.4, 1.9)).toBe(4);
    expect(grid.nearest(1, 1)).toBe(-1); // between the rows: no seat within reach
  });

  it('answers any radius, including one wider than the plan (one scan) and Infinity', () => {
    expect(grid.nearest(1, 1, 1.2)).toBe(nearestByScan(1, 1, 1.2));
    expect(grid.nearest(30, -20, 100)).toBe(5);
    expect(grid.nearest(-100, -100, Infinity)).toBe(0);
  });

  it('agrees with a scan of every seat at points all over the plan', () => {
    for (let x = -2; x <= 4; x += 0.37)
      for (let y = -1; y <= 3; y += 0.41)
        for (const radius of [0.5, 1, 3]) expect(grid.nearest(x, y, radius)).toBe(nearestByScan(x, y, radius));
  });

  it('lists the seats inside a rectangle given by any two corners, in index order', () => {
    expect(grid.within(0.2, -0.5, 1.6, 2.5)).toEqual([1, 3, 4]);
    expect(grid.within(1.6, 2.5, 0.2, -0.5)).toEqual([1, 3, 4]);
    expect(grid.within(-1000, -1000, 1000, 1000)).toEqual([0, 1, 2, 3, 4, 5]); // the scan path
    expect(grid.within(10, 10, 11, 11)).toEqual([]);
  });

  it('works with negative coordinates and a coarser cell', () => {
    const coarse = new SpatialGrid(new Float32Array([-5.5, -4.2, 3]), new Float32Array([-7, -7, 9]), 4);
    expect(coarse.nearest(-4.3, -6.9)).toBe(1);
    expect(coarse.within(-6, -8, -5, -6)).toEqual([0]);
  });

  it('answers from its cells on a plan larger than the reach (a 60 × 40 block of seats)', () => {
    const bx = new Float32Array(2400);
    const by = new Float32Array(2400);
    for (let i = 0; i < 2400; i++) [bx[i], by[i]] = [(i % 60) * 1.02 - 30, Math.floor(i / 60) * 1.3 - 20];
    const block = new SpatialGrid(bx, by);
    const scan = scanOf(bx, by);
    for (let x = -32; x <= 32; x += 1.37)
      for (let y = -22; y <= 33; y += 1.91)
        for (const radius of [0.55, 2]) expect(block.nearest(x, y, radius)).toBe(scan(x, y, radius));
    expect(block.nearest(bx[61], by[61] + 0.2)).toBe(61);
    expect(block.within(-30.1, -20.1, -27.9, -18.6)).toEqual([0, 1, 2, 60, 61, 62]);
  });
});
