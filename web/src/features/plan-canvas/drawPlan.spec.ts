import { describe, expect, it } from 'vitest';
import { fitView } from './drawPlan';

describe('fitView (the whole plan in the canvas)', () => {
  it('scales the plan to the tighter side, within a margin, and centres it', () => {
    const bounds = { minX: -10, minY: 0, maxX: 10, maxY: 5 };
    const view = fitView(bounds, 448, 448);
    expect(view.scale).toBe(20); // (448 - 2 × 24) / 20 across; the depth would allow 80
    const centre = { x: 0 * view.scale + view.tx, y: 2.5 * view.scale + view.ty };
    expect(centre).toEqual({ x: 224, y: 224 });
  });

  it('never shrinks below its least scale, even in a canvas too small for the margin', () => {
    expect(fitView({ minX: 0, minY: 0, maxX: 1000, maxY: 1000 }, 30, 30).scale).toBe(0.05);
  });
});
