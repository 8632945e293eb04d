import type { RecordedEvent } from '@booking/event-store';
import { type GroupRequestDoc, groupRequestsProjection } from './group-requests.projection';

let position = 0n;
const recorded = (type: string, data: Record<string, unknown>): RecordedEvent =>
  ({
    id: `e${++position}`,
    type,
    data: { requestId: 'r1', eventId: 'e1', requesterId: 'alice', ...data },
    metadata: { occurredAt: `2030-01-01T00:00:${String(position).padStart(2, '0')}.000Z` },
    stream: 'group-request-r1',
    revision: position,
    position,
  }) as unknown as RecordedEvent;

function project(events: RecordedEvent[], docs = new Map<string, GroupRequestDoc>()): Map<string, GroupRequestDoc> {
  for (const event of events) {
    const key = groupRequestsProjection.keyOf(event)!;
    const next = groupRequestsProjection.evolve(docs.get(key) ?? null, event);
    if (next) docs.set(key, { ...next, _position: Number(event.position) } as GroupRequestDoc);
  }
  return docs;
}

const requested = () =>
  recorded('GroupBookingRequested', { organizerId: 'olga', quantity: 30, maxPerOrder: 4, message: 'Our choir' });
const approved = () =>
  recorded('GroupBookingApproved', {
    quantity: 30,
    by: 'olga',
    reason: 'Welcome',
    validUntil: '2030-01-04T00:00:00.000Z',
  });
const used = () => recorded('GroupGrantUsed', { holdId: 'h1', quantity: 30 });
const returned = () => recorded('GroupGrantReturned', { holdId: 'h1', reason: 'refused' });

describe('group-requests read model', () => {
  it('follows a request from asked to approved, spent, given back', () => {
    const events = [requested(), approved()];
    expect(project(events).get('r1')).toMatchObject({
      _id: 'r1',
      eventId: 'e1',
      organizerId: 'olga',
      requesterId: 'alice',
      quantity: 30,
      maxPerOrder: 4,
      message: 'Our choir',
      status: 'approved',
      decidedBy: 'olga',
      reason: 'Welcome',
      validUntil: '2030-01-04T00:00:00.000Z',
    });
    const spent = project([...events, used()]).get('r1')!;
    expect(spent).toMatchObject({ status: 'used', holdId: 'h1' });
    const back = project([...events, used(), returned()]).get('r1')!;
    expect(back.status).toBe('approved');
    expect(back.holdId).toBeUndefined();
  });

  it('records a decline with its reason', () => {
    const doc = project([requested(), recorded('GroupBookingDeclined', { by: 'root', reason: 'Too many' })]).get('r1');
    expect(doc).toMatchObject({ status: 'declined', decidedBy: 'root', reason: 'Too many' });
  });

  it('is idempotent when an event is applied twice', () => {
    const events = [requested(), approved(), used()];
    const once = project(events);
    const twice = new Map([...project(events)].map(([k, v]) => [k, { ...v }]));
    for (const event of events.slice(1)) {
      const doc = twice.get('r1')!;
      twice.set('r1', { ...groupRequestsProjection.evolve(doc, event)!, _position: doc._position } as GroupRequestDoc);
    }
    expect(twice.get('r1')).toEqual(once.get('r1'));
  });
});
