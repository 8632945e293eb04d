import type { SeatedSection, SeatingPlan, StandingSection } from '@booking/seating';
import { describe, expect, it } from 'vitest';
import {
  ACCESSIBLE,
  REMOVED,
  RESTRICTED,
  buildPlanModel,
  insidePolygon,
  rectCorners,
  seatInDirection,
  standingAt,
} from './planModel';

const stalls: SeatedSection = {
  id: 'stalls',
  name: 'Stalls',
  kind: 'seated',
  priceTierId: 'standard',
  placement: { x: 0, y: 0 },
  shape: { type: 'straight' },
  rows: [
    { label: 'A', seats: 3 },
    { label: 'B', seats: 3, priceTierId: 'premium' },
  ],
  exceptions: [
    { row: 'A', number: 2, removed: true },
    { row: 'B', number: 1, accessible: true },
    { row: 'B', number: 3, restrictedView: true },
  ],
};
const floor: StandingSection = {
  id: 'floor',
  name: 'Floor',
  kind: 'standing',
  priceTierId: 'floor',
  placement: { x: 0, y: 20, rotation: 90 },
  capacity: 100,
  width: 10,
  depth: 4,
};
const plan: SeatingPlan = { stage: { label: 'Stage', x: 0, y: -5, width: 8, depth: 2 }, sections: [stalls, floor] };

describe('buildPlanModel', () => {
  const model = buildPlanModel(plan);

  it('holds every seat once in flat arrays, removed seats left out', () => {
    expect(model.seats.map((s) => s.id)).toEqual([
      'stalls:A:1',
      'stalls:A:3',
      'stalls:B:1',
      'stalls:B:2',
      'stalls:B:3',
    ]);
    expect([...model.x]).toEqual(model.seats.map((s) => s.x));
    expect([...model.y]).toEqual(model.seats.map((s) => Math.fround(s.y)));
    expect([...model.section]).toEqual([0, 0, 0, 0, 0]);
  });

  it('flags seats and indexes their tiers (section tiers first, in plan order)', () => {
    expect([...model.flags]).toEqual([0, 0, ACCESSIBLE, 0, RESTRICTED]);
    expect(model.tierIds).toEqual(['standard', 'premium', 'floor']);
    expect([...model.tier]).toEqual([0, 0, 1, 1, 1]);
  });

  it('records each section’s seat range and extent; a standing area by its turned corners', () => {
    const [seated, standing] = model.sections;
    expect(seated).toMatchObject({ start: 0, end: 5, corners: undefined });
    expect(standing).toMatchObject({ start: 5, end: 5 });
    expect(standing.bounds.minX).toBeCloseTo(-2);
    expect(standing.bounds.maxX).toBeCloseTo(2);
    expect(standing.bounds.minY).toBeCloseTo(15);
    expect(standing.bounds.maxY).toBeCloseTo(25);
  });

  it('bounds the whole plan: sections (with half a pitch around) and the stage', () => {
    expect(model.bounds.minY).toBeCloseTo(-6);
    expect(model.bounds.maxY).toBeCloseTo(25.5);
    expect(model.bounds.minX).toBeCloseTo(-4);
    expect(model.bounds.maxX).toBeCloseTo(4);
  });

  it('finds a seat by id, and by position through its grid', () => {
    expect(model.indexOf('stalls:B:2')).toBe(3);
    expect(model.indexOf('stalls:A:2')).toBeUndefined();
    expect(model.grid.nearest(model.x[3], model.y[3])).toBe(3);
  });

  it('keeps removed seats, flagged, when asked to (the editor restores them)', () => {
    const editor = buildPlanModel(plan, true);
    expect(editor.seats.map((s) => s.id)).toContain('stalls:A:2');
    expect(editor.flags[editor.indexOf('stalls:A:2')!]).toBe(REMOVED);
    expect(editor.flags[editor.indexOf('stalls:A:1')!]).toBe(0);
  });

  it('expands an unchanged section once: the next model reuses its seats', () => {
    const again = buildPlanModel({ ...plan, stage: undefined });
    expect(again.seats[0]).toBe(model.seats[0]);
    expect(buildPlanModel({ ...plan, sections: [{ ...stalls }, floor] }).seats[0]).not.toBe(model.seats[0]);
    expect(buildPlanModel(plan, true).seats[0]).toBe(buildPlanModel(plan, true).seats[0]);
  });

  it('leaves a section without seats out of the bounds', () => {
    const empty: SeatedSection = {
      ...stalls,
      id: 'empty',
      placement: { x: 500, y: 500 },
      rows: [{ label: 'A', seats: 0 }],
    };
    const withEmpty = buildPlanModel({ sections: [stalls, empty] });
    expect(withEmpty.sections[1]).toMatchObject({ start: 5, end: 5 });
    expect(withEmpty.bounds.maxX).toBeLessThan(10);
    expect(withEmpty.bounds.maxY).toBeLessThan(10);
  });

  it('turns a section with its placement: a row across becomes a column, and the grid finds its seats there', () => {
    const turned = buildPlanModel({ sections: [{ ...stalls, placement: { x: 10, y: 10, rotation: 90 } }] });
    const rowA = turned.seats.filter((s) => s.row === 'A');
    expect(new Set(rowA.map((s) => Math.round(s.x)))).toEqual(new Set([10]));
    expect(Math.abs(rowA[0].y - rowA[1].y)).toBeGreaterThan(1);
    turned.seats.forEach((seat, i) => expect(turned.grid.nearest(seat.x + 0.2, seat.y - 0.2)).toBe(i));
    expect(turned.grid.nearest(10, 30)).toBe(-1);
  });

  it('gives an empty plan a small default extent', () => {
    expect(buildPlanModel({ sections: [] }).bounds).toEqual({ minX: -10, minY: -10, maxX: 10, maxY: 10 });
  });
});

describe('plan geometry', () => {
  it('turns a rectangle around its centre', () => {
    const corners = rectCorners(0, 0, 4, 2, 90);
    expect(corners.map(([x, y]) => [Math.round(x), Math.round(y)])).toEqual([
      [1, -2],
      [1, 2],
      [-1, 2],
      [-1, -2],
    ]);
  });

  it('tells whether a point is inside a polygon', () => {
    const square = rectCorners(5, 5, 2, 2);
    expect(insidePolygon(5, 5, square)).toBe(true);
    expect(insidePolygon(6.5, 5, square)).toBe(false);
  });

  it('finds the standing area under a point', () => {
    const model = buildPlanModel(plan);
    expect(standingAt(model, 0, 20)?.section.id).toBe('floor');
    expect(standingAt(model, 4, 20)).toBeUndefined();
    // Turned 90°: 4 wide and 10 deep on the screen, so (0, 24) is inside and (3, 20) is not.
    expect(standingAt(model, 0, 24)?.index).toBe(1);
    expect(standingAt(model, 3, 20)).toBeUndefined();
    expect(standingAt(model, 0, 0)).toBeUndefined(); // seats are not an area
  });

  it('walks seats by keyboard: along the row, to the next row, and nowhere past the edge', () => {
    const model = buildPlanModel(plan);
    const at = (id: string) => model.indexOf(id)!;
    expect(seatInDirection(model, at('stalls:B:1'), 1, 0)).toBe(at('stalls:B:2'));
    expect(seatInDirection(model, at('stalls:A:1'), 0, 1)).toBe(at('stalls:B:1'));
    expect(seatInDirection(model, at('stalls:B:3'), 1, 0)).toBe(-1);
    expect(seatInDirection(model, at('stalls:A:1'), 0, -1)).toBe(-1);
  });
});
