import type { RecordedEvent } from '@booking/event-store';
import { type ApprovalChangesDoc, approvalChangesProjection, reviewedDetails } from './approval-changes.projection';
import { detailChanges } from './detail-changes';

let position = 0n;
const recorded = (type: string, data: Record<string, unknown>): RecordedEvent => {
  position += 1n;
  return {
    id: `e${position}`,
    type,
    data: { eventId: 'ev1', ...data },
    metadata: {
      correlationId: 'c',
      causationId: 'c',
      actor: 'a',
      schemaVersion: 1,
      occurredAt: '2030-01-01T00:00:00Z',
    },
    stream: 'catalog_event-ev1',
    revision: position - 1n,
    position,
  };
};
function project(events: RecordedEvent[]): ApprovalChangesDoc | null {
  let doc: ApprovalChangesDoc | null = null;
  for (const event of events) {
    const next = approvalChangesProjection.evolve(doc, event);
    doc = next && ({ ...next, _position: Number(event.position) } as ApprovalChangesDoc);
  }
  return doc;
}

const venue = { name: 'Hall', city: 'Porto', country: 'PT' };
const created = recorded('EventCreated', {
  organizerId: 'o1',
  title: 'Jazz',
  description: '<p>Hi</p>',
  category: 'music',
  startsAt: '2031-01-01T20:00:00.000Z',
  venue,
  capacity: 100,
});

describe('approval-changes projection', () => {
  it('snapshots the details at each approval and keeps folding edits after it', () => {
    const doc = project([
      created,
      recorded('EventDetailsUpdated', { changes: { tags: ['jazz'] }, buyerFacing: false }),
      recorded('EventSubmitted', { version: 2 }),
      recorded('EventApproved', { by: 'admin', version: 2 }),
      recorded('EventDetailsUpdated', { changes: { title: 'Jazz Night', tags: ['jazz', 'live'] }, buyerFacing: false }),
      recorded('EventSubmitted', { version: 3 }),
    ])!;
    expect(doc.catalog).toMatchObject({ status: 'submitted', version: 3, approvedVersion: 2 });
    expect(doc.approved).toEqual({
      version: 2,
      by: 'admin',
      at: '2030-01-01T00:00:00Z',
      details: expect.objectContaining({ title: 'Jazz', tags: ['jazz'] }),
    });
    expect(detailChanges(doc.approved!.details, doc.catalog.details)).toEqual([
      { field: 'title', before: 'Jazz', after: 'Jazz Night' },
      { field: 'tags', before: ['jazz'], after: ['jazz', 'live'] },
    ]);
  });

  it('counts the seating plan among the reviewed details', () => {
    const plan = (seats: number) => ({
      sections: [{ id: 'stalls', name: 'Stalls', kind: 'standing', capacity: seats }],
    });
    const doc = project([
      created,
      recorded('SeatingPlanSet', { planVersion: 1, plan: plan(50), capacity: 50 }),
      recorded('EventSubmitted', { version: 2 }),
      recorded('EventApproved', { by: 'admin', version: 2 }),
      recorded('SeatingPlanSet', { planVersion: 2, plan: plan(80), capacity: 80 }),
    ])!;
    expect(doc.catalog).toMatchObject({ status: 'draft', version: 3 });
    expect(detailChanges(doc.approved!.details, reviewedDetails(doc.catalog))).toEqual([
      { field: 'capacity', before: 50, after: 80 },
      { field: 'seatingPlan.sections', before: plan(50).sections, after: plan(80).sections },
    ]);
  });

  it('has no snapshot before a first approval', () => {
    expect(project([created, recorded('EventSubmitted', { version: 1 })])!.approved).toBeUndefined();
  });
});

describe('detailChanges', () => {
  it('compares objects field by field and anything else whole, in reading order', () => {
    const before = {
      description: 'a',
      venue,
      priceTiers: [{ id: 's', name: 'Standard', price: { amount: 2500, currency: 'EUR' } }],
      startsAt: '2031-01-01T20:00:00.000Z',
    };
    const after = {
      description: 'a',
      venue: { ...venue, city: 'Lisbon', address: 'Rua 1' },
      priceTiers: [{ id: 's', name: 'Standard', price: { amount: 3000, currency: 'EUR' } }],
      startsAt: '2031-01-01T20:00:00.000Z',
      seatingPlan: { sections: 2 },
    };
    expect(detailChanges(before, after)).toEqual([
      { field: 'venue.address', before: null, after: 'Rua 1' },
      { field: 'venue.city', before: 'Porto', after: 'Lisbon' },
      { field: 'priceTiers', before: before.priceTiers, after: after.priceTiers },
      { field: 'seatingPlan', before: null, after: { sections: 2 } },
    ]);
  });

  it('ignores key order and finds nothing when nothing changed', () => {
    expect(detailChanges({ venue: { city: 'A', name: 'B' } }, { venue: { name: 'B', city: 'A' } })).toEqual([]);
    expect(detailChanges({ endsAt: 'x' }, {})).toEqual([{ field: 'endsAt', before: 'x', after: null }]);
  });
});
