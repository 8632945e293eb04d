import { describe, expect, it } from 'vitest';
import { LabelSpace, overlaps } from './labelSpace';

describe('LabelSpace (where labels already are on the screen)', () => {
  it('gives a free box and refuses one that would cover a label placed before', () => {
    const space = new LabelSpace();
    expect(space.claim({ x: 10, y: 10, w: 40, h: 12 })).toBe(true);
    expect(space.claim({ x: 45, y: 15, w: 40, h: 12 })).toBe(false);
    expect(space.claim({ x: 50, y: 10, w: 40, h: 12 })).toBe(true); // touching edges do not overlap
    expect(space.placed).toHaveLength(2);
  });

  it('sees a label that spans several 64 px cells from any of them', () => {
    const space = new LabelSpace();
    expect(space.claim({ x: 60, y: 60, w: 200, h: 10 })).toBe(true);
    expect(space.claim({ x: 250, y: 62, w: 10, h: 10 })).toBe(false);
    expect(space.claim({ x: 200, y: 72, w: 10, h: 10 })).toBe(true);
  });

  it('overlaps: boxes that share area, not ones apart', () => {
    expect(overlaps({ x: 0, y: 0, w: 10, h: 10 }, { x: 5, y: 5, w: 10, h: 10 })).toBe(true);
    expect(overlaps({ x: 0, y: 0, w: 10, h: 10 }, { x: 0, y: 11, w: 10, h: 10 })).toBe(false);
  });
});
