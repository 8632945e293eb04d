import type { SeatedSection, SeatingPlan, StandingSection } from '@booking/seating';
import { describe, expect, it } from 'vitest';
import { REMOVED, buildPlanModel } from '../plan-canvas';
import {
  changeSeats,
  checkPlan,
  drawablePlan,
  freeSectionId,
  locateField,
  nextPlacement,
  removeSection,
  replaceSection,
  rowSeatIds,
  slug,
  standingPlacement,
} from './planEdits';

const stalls: SeatedSection = {
  id: 'stalls',
  name: 'Stalls',
  kind: 'seated',
  priceTierId: 'standard',
  placement: { x: 0, y: 0 },
  shape: { type: 'straight' },
  rows: [
    { label: 'A', seats: 4 },
    { label: 'B', seats: 4, firstNumber: 1, step: 2 },
  ],
};
const floor: StandingSection = {
  id: 'floor',
  name: 'Floor',
  kind: 'standing',
  priceTierId: 'standard',
  placement: { x: 0, y: 20 },
  capacity: 50,
  width: 10,
  depth: 4,
};
const plan: SeatingPlan = { sections: [stalls, floor] };
const tiers = new Set(['standard', 'premium']);

describe('checkPlan', () => {
  it('answers null for a valid plan, and the server’s field and message for an invalid one', () => {
    expect(checkPlan(plan, tiers)).toBeNull();
    const problem = checkPlan(replaceSection(plan, 0, { ...stalls, priceTierId: 'gold' }), tiers);
    expect(problem?.field).toBe('sections[0].priceTierId');
    expect(problem?.message).toMatch(/price tiers \(standard, premium\)/);
  });

  it('finds the exceptions a renumbered row no longer has (a seat renumbered away)', () => {
    const flagged = changeSeats(plan, ['stalls:A:4'], { accessible: true });
    expect(checkPlan(flagged, tiers)).toBeNull();
    const renumbered = replaceSection(flagged, 0, {
      ...(flagged.sections[0] as SeatedSection),
      rows: [{ label: 'A', seats: 4, firstNumber: 101 }, stalls.rows[1]],
    });
    expect(checkPlan(renumbered, tiers)).toMatchObject({ field: 'sections[0].exceptions[0]' });
    expect(locateField(checkPlan(renumbered, tiers)!.field)).toEqual({ section: 0, exception: 0, prop: '' });
  });
});

describe('locateField', () => {
  it('splits a field path into section, row or exception, and property', () => {
    expect(locateField('sections[2].rows[4].seats')).toEqual({
      section: 2,
      row: 4,
      exception: undefined,
      prop: 'seats',
    });
    expect(locateField('sections[1].exceptions[0].number')).toEqual({
      section: 1,
      row: undefined,
      exception: 0,
      prop: 'number',
    });
    expect(locateField('sections[0].name')).toEqual({ section: 0, row: undefined, exception: undefined, prop: 'name' });
    expect(locateField('sections')).toEqual({ prop: 'sections' });
  });
});

describe('drawablePlan', () => {
  it('clamps out-of-range fields to what can be drawn', () => {
    const wild = replaceSection(plan, 0, {
      ...stalls,
      placement: { x: 1e9, y: Number.NaN },
      rows: [{ label: 'A', seats: 10_000, offset: -1e6 }],
    });
    const [seated] = drawablePlan(wild).sections as [SeatedSection];
    expect(seated.placement).toEqual({ x: 10_000, y: 0, rotation: 0 });
    expect(seated.rows[0]).toMatchObject({ seats: 500, firstNumber: 1, offset: -500 });
  });

  it('keeps the same object for a section that did not change (its expansion is reused)', () => {
    expect(drawablePlan(plan).sections[1]).toBe(drawablePlan({ sections: [floor] }).sections[0]);
  });
});

describe('section edits', () => {
  it('replaces and removes sections without touching the others', () => {
    const renamed = { ...floor, name: 'Pit' };
    expect(replaceSection(plan, 1, renamed).sections).toEqual([stalls, renamed]);
    expect(removeSection(plan, 0).sections).toEqual([floor]);
    expect(plan.sections).toEqual([stalls, floor]);
  });

  it('makes section ids from names, unique in the plan', () => {
    expect(slug('Upper Tier – Left!')).toBe('upper-tier-left');
    expect(slug('***')).toBe('section');
    expect(freeSectionId(plan, 'Balcony')).toBe('balcony');
    expect(freeSectionId(plan, 'Stalls')).toBe('stalls-2');
    expect(freeSectionId({ sections: [stalls, { ...floor, id: 'stalls-2' }] }, 'Stalls')).toBe('stalls-3');
  });

  it('places a new section below everything there is', () => {
    expect(nextPlacement({ sections: [] })).toEqual({ x: 0, y: 0 });
    expect(nextPlacement({ stage: { label: 'Stage', x: 0, y: -4, width: 10, depth: 2 }, sections: [] })).toEqual({
      x: 0,
      y: -1,
    });
    // The floor's bottom edge is at 22; three pitches below it.
    expect(nextPlacement(plan)).toEqual({ x: 0, y: 25 });
    expect(standingPlacement(plan, 6)).toEqual({ x: 0, y: 28 });
  });
});

describe('changeSeats', () => {
  it('adds exceptions per seat and merges flags into existing ones', () => {
    const removed = changeSeats(plan, ['stalls:A:1', 'stalls:A:2'], { removed: true });
    const flagged = changeSeats(removed, ['stalls:A:2', 'stalls:B:3'], { accessible: true, priceTierId: 'premium' });
    expect((flagged.sections[0] as SeatedSection).exceptions).toEqual([
      { row: 'A', number: 1, removed: true },
      { row: 'A', number: 2, removed: true, accessible: true, priceTierId: 'premium' },
      { row: 'B', number: 3, accessible: true, priceTierId: 'premium' },
    ]);
    expect(flagged.sections[1]).toBe(floor);
  });

  it('ignores seats of sections the plan does not have, and standing areas', () => {
    const changed = changeSeats(plan, ['balcony:A:1', 'floor:A:1'], { removed: true });
    expect(changed.sections[0]).toBe(stalls);
    expect(changed.sections[1]).toBe(floor);
  });

  it('is what the map then shows: a removed seat is gone for buyers, a ghost in the editor', () => {
    const removed = changeSeats(plan, ['stalls:A:2'], { removed: true });
    const before = buildPlanModel(plan);
    const at = before.indexOf('stalls:A:2')!;
    const after = buildPlanModel(removed);
    expect(after.indexOf('stalls:A:2')).toBeUndefined();
    expect(after.seats).toHaveLength(before.seats.length - 1);
    expect(after.grid.nearest(before.x[at], before.y[at])).toBe(-1);
    const editor = buildPlanModel(removed, true);
    expect(editor.flags[editor.indexOf('stalls:A:2')!]).toBe(REMOVED);
  });

  it('drops an exception that no longer changes anything', () => {
    const removed = changeSeats(plan, ['stalls:A:1'], { removed: true, priceTierId: 'premium' });
    const restored = changeSeats(removed, ['stalls:A:1'], { removed: false, priceTierId: null });
    expect((restored.sections[0] as SeatedSection).exceptions).toEqual([]);
  });
});

describe('rowSeatIds', () => {
  it('lists a row’s seats between two numbers in either order, following its numbering', () => {
    expect(rowSeatIds(stalls, stalls.rows[0], 3, 2)).toEqual(['stalls:A:2', 'stalls:A:3']);
    expect(rowSeatIds(stalls, stalls.rows[1], 2, 6)).toEqual(['stalls:B:3', 'stalls:B:5']);
    expect(rowSeatIds(stalls, { label: 'A', seats: 4, firstNumber: 101 }, 1, 4)).toEqual([]);
    expect(rowSeatIds(stalls, { label: 'A', seats: 4, firstNumber: 101 }, 102, 103)).toEqual([
      'stalls:A:102',
      'stalls:A:103',
    ]);
  });
});
