import { type SalesLayout, holdSection } from './hold-section';

const theatre: SalesLayout = { published: true, sections: ['stalls', 'floor'], retiredSections: ['balcony'] };
const oneSection: SalesLayout = { published: true, sections: ['hall'], retiredSections: [] };
const noPlan: SalesLayout = { published: true, sections: [], retiredSections: [] };
const draft: SalesLayout = { published: false, sections: ['stalls', 'floor'], retiredSections: [] };

/** A 422 refusal with this code and these details. */
const refused = (code: string, details: Record<string, unknown>) =>
  expect.objectContaining({ kind: 'validation', code, details }) as unknown as Error;

describe('holdSection: the partition a hold is decided in', () => {
  it('takes the section asked for, or the one the seats name', () => {
    expect(holdSection(theatre, { sectionId: 'floor' })).toBe('floor');
    expect(holdSection(theatre, { seatIds: ['stalls:B:12', 'stalls:B:13'] })).toBe('stalls');
  });

  it('refuses seats from several sections', () => {
    expect(() => holdSection(theatre, { seatIds: ['stalls:B:12', 'floor:A:1'] })).toThrow(
      refused('inventory.mixed-sections', { sections: ['stalls', 'floor'] }),
    );
  });

  it('sends a hold without a section to the only section, or to the whole event without a plan', () => {
    expect(holdSection(oneSection, {})).toBe('hall');
    expect(holdSection(noPlan, {})).toBeUndefined();
  });

  it('asks for a section when the plan has several', () => {
    expect(() => holdSection(theatre, {})).toThrow(
      refused('inventory.section-required', { field: 'sectionId', sections: ['stalls', 'floor'] }),
    );
  });

  it('refuses a section the plans never had, naming the sections', () => {
    expect(() => holdSection(theatre, { sectionId: 'gallery' })).toThrow(
      refused('inventory.unknown-section', { field: 'sectionId', sections: ['stalls', 'floor'] }),
    );
    expect(() => holdSection(theatre, { sectionId: 'gallery' })).toThrow(
      'Section "gallery" is not in this event\'s plan; its sections: stalls, floor',
    );
    expect(() => holdSection(noPlan, { sectionId: 'stalls' })).toThrow(
      'This event has no seating plan: ask for a quantity without a section',
    );
  });

  it("leaves a retired section's partition to decide for itself", () => {
    expect(holdSection(theatre, { sectionId: 'balcony' })).toBe('balcony');
  });

  it('leaves an event not on sale to its inventory, which answers not-on-sale', () => {
    expect(holdSection(draft, {})).toBeUndefined();
    expect(holdSection(draft, { sectionId: 'gallery' })).toBe('gallery');
  });
});
