import { DomainError } from '../../kernel';
import { curvedRows, expandPlan, gridRows, planCapacity, rowLabel, validatePlan } from './index';
import { assertKeepsSoldPlaces, nothingSold, tiersInUse } from './plan-change';
import type { SeatingPlan, SeatedSection } from './seating-plan';

const tiers = new Set(['standard', 'premium']);
const stalls = (overrides: Partial<SeatedSection> = {}): SeatedSection => ({
  id: 'stalls',
  name: 'Stalls',
  kind: 'seated',
  priceTierId: 'standard',
  placement: { x: 0, y: 5 },
  shape: { type: 'straight' },
  rows: gridRows({ rows: 3, seatsPerRow: 4 }),
  ...overrides,
});
const plan = (...sections: SeatingPlan['sections']): SeatingPlan => ({ sections });

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('seating plan generators', () => {
  it('labels rows like a spreadsheet after Z, or with numbers', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map((i) => rowLabel(i, 'letters'))).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
    ]);
    expect(rowLabel(0, 'numbers', 10)).toBe('11');
  });

  it('builds a grid of equal rows and curved rows that grow', () => {
    expect(gridRows({ rows: 2, seatsPerRow: 10, firstLabel: 10 })).toEqual([
      { label: 'K', seats: 10 },
      { label: 'L', seats: 10 },
    ]);
    expect(curvedRows({ rows: 3, seatsInFirstRow: 10, seatsAddedPerRow: 2 }).map((r) => r.seats)).toEqual([10, 12, 14]);
  });
});

describe('expandPlan', () => {
  it('derives one seat per row place, with stable ids, tiers and exception flags', () => {
    const seats = expandPlan(
      plan(
        stalls({
          rows: [
            { label: 'A', seats: 3 },
            { label: 'B', seats: 3, firstNumber: 101, step: 2, priceTierId: 'premium' },
          ],
          exceptions: [
            { row: 'A', number: 2, removed: true },
            { row: 'B', number: 103, accessible: true, priceTierId: 'standard' },
          ],
        }),
      ),
    );
    expect(seats.map((s) => [s.id, s.priceTierId, s.accessible])).toEqual([
      ['stalls:A:1', 'standard', false],
      ['stalls:A:3', 'standard', false],
      ['stalls:B:101', 'premium', false],
      ['stalls:B:103', 'standard', true],
      ['stalls:B:105', 'premium', false],
    ]);
  });

  it('centres straight rows on the placement and keeps seats one pitch apart', () => {
    const seats = expandPlan(plan(stalls({ rows: [{ label: 'A', seats: 3 }], placement: { x: 10, y: 5 } })));
    expect(seats.map((s) => [s.x, s.y])).toEqual([
      [9, 5],
      [10, 5],
      [11, 5],
    ]);
  });

  it('bends curved rows towards the stage and turns rotated sections', () => {
    const curved = expandPlan(
      plan(
        stalls({ shape: { type: 'curved', radius: 10 }, rows: [{ label: 'A', seats: 5 }], placement: { x: 0, y: 0 } }),
      ),
    );
    expect(curved[2]).toMatchObject({ x: 0, y: 0 });
    expect(curved[0].y).toBeLessThan(0);
    expect(curved[0].y).toBeCloseTo(curved[4].y);
    const turned = expandPlan(
      plan(stalls({ rows: [{ label: 'A', seats: 3 }], placement: { x: 0, y: 0, rotation: 90 } })),
    );
    expect(turned.map((s) => [s.x, s.y])).toEqual([
      [0, -1],
      [0, 0],
      [0, 1],
    ]);
  });

  it('counts seats and standing places', () => {
    const p = plan(stalls({ exceptions: [{ row: 'A', number: 1, removed: true }] }), {
      id: 'floor',
      name: 'Floor',
      kind: 'standing',
      priceTierId: 'standard',
      placement: { x: 0, y: 0 },
      capacity: 500,
      width: 20,
      depth: 10,
    });
    expect(planCapacity(p)).toBe(11 + 500);
  });

  it('expands a 20,000-seat arena', () => {
    const sections = Array.from({ length: 20 }, (_, i): SeatedSection =>
      stalls({ id: `block-${i}`, name: `Block ${i}`, rows: gridRows({ rows: 40, seatsPerRow: 25 }) }),
    );
    const { capacity } = validatePlan(plan(...sections), tiers);
    expect(capacity).toBe(20_000);
    expect(new Set(expandPlan(plan(...sections)).map((s) => s.id)).size).toBe(20_000);
  });
});

describe('validatePlan', () => {
  it('normalizes: trims names, drops defaults and exceptions that change nothing', () => {
    const { plan: out, capacity } = validatePlan(
      plan(
        stalls({
          name: '  Stalls ',
          rows: [{ label: 'A', seats: 2, firstNumber: 1, step: 1, offset: 0 }],
          exceptions: [{ row: 'A', number: 1 }],
        }),
      ),
      tiers,
    );
    expect(out.sections[0]).toEqual({
      id: 'stalls',
      name: 'Stalls',
      kind: 'seated',
      priceTierId: 'standard',
      placement: { x: 0, y: 5 },
      shape: { type: 'straight' },
      rows: [{ label: 'A', seats: 2 }],
      exceptions: [],
    });
    expect(capacity).toBe(2);
  });

  it.each([
    ['no sections', plan(), 'sections'],
    ['a bad section id', plan(stalls({ id: 'Stalls!' })), 'sections[0].id'],
    ['two sections with one id', plan(stalls(), stalls()), 'sections[1].id'],
    ['an unknown price tier', plan(stalls({ priceTierId: 'vip' })), 'sections[0].priceTierId'],
    [
      'an unknown row tier',
      plan(stalls({ rows: [{ label: 'A', seats: 2, priceTierId: 'vip' }] })),
      'sections[0].rows[0].priceTierId',
    ],
    ['a row without seats', plan(stalls({ rows: [{ label: 'A', seats: 0 }] })), 'sections[0].rows[0].seats'],
    ['a fractional seat count', plan(stalls({ rows: [{ label: 'A', seats: 2.5 }] })), 'sections[0].rows[0].seats'],
    [
      'two rows with one label',
      plan(
        stalls({
          rows: [
            { label: 'A', seats: 2 },
            { label: 'A', seats: 2 },
          ],
        }),
      ),
      'sections[0].rows[1].label',
    ],
    [
      'an exception for a seat that does not exist',
      plan(stalls({ exceptions: [{ row: 'Z', number: 1, removed: true }] })),
      'sections[0].exceptions[0]',
    ],
    ['a step of 3', plan(stalls({ rows: [{ label: 'A', seats: 2, step: 3 as 2 }] })), 'sections[0].rows[0].step'],
    ['an unknown kind', plan({ ...stalls(), kind: 'boxes' } as unknown as SeatedSection), 'sections[0].kind'],
    [
      'a missing placement',
      plan({ ...stalls(), placement: undefined } as unknown as SeatedSection),
      'sections[0].placement',
    ],
    ['a curved shape without radius', plan(stalls({ shape: { type: 'curved' } as never })), 'sections[0].shape.radius'],
    ['a section that is not an object', plan(null as unknown as SeatedSection), 'sections[0]'],
    ['a row that is not an object', plan(stalls({ rows: ['A' as never] })), 'sections[0].rows[0]'],
    ['an exception that is not an object', plan(stalls({ exceptions: [7 as never] })), 'sections[0].exceptions[0]'],
    [
      'every seat removed',
      plan(stalls({ rows: [{ label: 'A', seats: 1 }], exceptions: [{ row: 'A', number: 1, removed: true }] })),
      'sections',
    ],
  ])('refuses %s, naming the field', (_, bad, field) => {
    const error = refusal(() => validatePlan(bad, tiers));
    expect(error.code).toBe('catalog.invalid-seating-plan');
    expect(error.details.field).toBe(field);
  });

  it('refuses more seats than the limit', () => {
    const sections = Array.from({ length: 201 }, (_, i) => stalls({ id: `s-${i}` }));
    expect(refusal(() => validatePlan(plan(...sections), tiers)).details.field).toBe('sections');
  });
});

describe('sold places', () => {
  const sold = { seats: new Map([['stalls:A:1', 'standard']]), standing: new Map([['floor', 40]]) };
  const floor = {
    id: 'floor',
    name: 'Floor',
    kind: 'standing' as const,
    priceTierId: 'standard',
    placement: { x: 0, y: 0 },
    capacity: 100,
    width: 10,
    depth: 10,
  };

  it('lets a plan grow or change unsold seats', () => {
    expect(() =>
      assertKeepsSoldPlaces(plan(stalls({ rows: gridRows({ rows: 5, seatsPerRow: 4 }) }), floor), sold),
    ).not.toThrow();
    expect(() =>
      assertKeepsSoldPlaces(plan(stalls({ exceptions: [{ row: 'A', number: 2, removed: true }] }), floor), sold),
    ).not.toThrow();
    expect(() => assertKeepsSoldPlaces(plan(), nothingSold())).not.toThrow();
  });

  it('refuses removing or repricing a sold seat, or shrinking a standing area below its sales', () => {
    const removed = refusal(() =>
      assertKeepsSoldPlaces(plan(stalls({ exceptions: [{ row: 'A', number: 1, removed: true }] }), floor), sold),
    );
    expect(removed).toMatchObject({ kind: 'conflict', code: 'catalog.sold-seats-changed' });
    expect(removed.details.removed).toEqual(['stalls:A:1']);
    const repriced = refusal(() => assertKeepsSoldPlaces(plan(stalls({ priceTierId: 'premium' }), floor), sold));
    expect(repriced.details.repriced).toEqual(['stalls:A:1']);
    const shrunk = refusal(() => assertKeepsSoldPlaces(plan(stalls(), { ...floor, capacity: 39 }), sold));
    expect(shrunk.details).toEqual({ section: 'floor', sold: 40 });
    expect(refusal(() => assertKeepsSoldPlaces(plan(stalls()), sold)).details.section).toBe('floor');
  });

  it('lists the tiers a plan uses', () => {
    expect(tiersInUse(plan(stalls({ rows: [{ label: 'A', seats: 1, priceTierId: 'premium' }] })))).toEqual(
      new Set(['standard', 'premium']),
    );
  });
});
