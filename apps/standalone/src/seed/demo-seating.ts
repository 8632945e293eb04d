import { type SeatedSection, type SeatingPlan, type Section, curvedRows, gridRows } from '@booking/domain';

/** Demo venue layouts, built with the same generators the SPA's plan editor uses. */
export type DemoLayout = 'theatre' | 'arena';

/** A proscenium theatre: curved stalls (premium front rows, wheelchair places, a pillar) and a dress circle. */
function theatre(): SeatingPlan {
  const stalls: SeatedSection = {
    id: 'stalls',
    name: 'Stalls',
    kind: 'seated',
    priceTierId: 'standard',
    placement: { x: 0, y: 0 },
    shape: { type: 'curved', radius: 16 },
    rows: curvedRows({ rows: 12, seatsInFirstRow: 16, seatsAddedPerRow: 1 }).map((row, i) =>
      i < 4 ? { ...row, priceTierId: 'premium' } : row,
    ),
    exceptions: [
      { row: 'L', number: 1, accessible: true },
      { row: 'L', number: 2, accessible: true },
      { row: 'L', number: 26, accessible: true },
      { row: 'L', number: 27, accessible: true },
      { row: 'H', number: 6, removed: true }, // a pillar
      { row: 'H', number: 5, restrictedView: true, priceTierId: 'reduced' },
      { row: 'H', number: 7, restrictedView: true, priceTierId: 'reduced' },
    ],
  };
  const circle: SeatedSection = {
    id: 'dress-circle',
    name: 'Dress Circle',
    kind: 'seated',
    priceTierId: 'standard',
    placement: { x: 0, y: 20 },
    shape: { type: 'curved', radius: 30 },
    rows: curvedRows({ rows: 8, seatsInFirstRow: 26, seatsAddedPerRow: 1, firstLabel: 12 }),
    exceptions: [1, 2, 32, 33].map((number) => ({ row: 'T', number, restrictedView: true, priceTierId: 'reduced' })),
  };
  return { stage: { label: 'Stage', x: 0, y: -5, width: 22, depth: 4 }, sections: [stalls, circle] };
}

/** An arena: twenty blocks of 1,000 seats around the court (20,000 seats), courtside premium rows. */
function arena(): SeatingPlan {
  const block = (id: string, name: string, x: number, y: number, rotation: number): Section => ({
    id,
    name,
    kind: 'seated',
    priceTierId: 'standard',
    placement: { x, y, rotation },
    shape: { type: 'straight' },
    rows: gridRows({ rows: 40, seatsPerRow: 25 }).map((row, i) => (i < 3 ? { ...row, priceTierId: 'premium' } : row)),
  });
  const sections: Section[] = [];
  const pitch = 28; // block width (25 seats) and an aisle
  for (let i = 0; i < 6; i++) {
    const x = (i - 2.5) * pitch;
    sections.push(block(`north-${i + 1}`, `North ${i + 1}`, x, -58, 180));
    sections.push(block(`south-${i + 1}`, `South ${i + 1}`, x, 58, 0));
  }
  for (let i = 0; i < 4; i++) {
    const y = (i - 1.5) * pitch;
    sections.push(block(`east-${i + 1}`, `East ${i + 1}`, 98, y, -90));
    sections.push(block(`west-${i + 1}`, `West ${i + 1}`, -98, y, 90));
  }
  return { stage: { label: 'Court', x: 0, y: 0, width: 170, depth: 100 }, sections };
}

export const DEMO_LAYOUTS: Record<DemoLayout, () => SeatingPlan> = { theatre, arena };
