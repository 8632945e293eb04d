import { CONTEXTS } from '@booking/domain';
import type { RecordedEvent } from '@booking/event-store';
import { readSchemaOf, upcastRecorded } from './schemas';

const recorded = (type: string, schemaVersion: number): RecordedEvent => ({
  id: 'e1',
  type,
  data: { eventId: 'ev-1' },
  metadata: {
    correlationId: 'c',
    causationId: 'c',
    actor: 'u1',
    schemaVersion,
    occurredAt: '2030-01-01T00:00:00.000Z',
  },
  stream: 'any-1',
  revision: 0n,
  position: 1n,
});

// Every event type of every stream category in the registry, with the schema its writer uses.
const everyType = CONTEXTS.flatMap((context) =>
  context.streams.flatMap((stream) => stream.eventTypes.map((type) => [context.name, type, stream.schema] as const)),
);

describe('the read side upcasts with the registry', () => {
  it('covers every context', () => {
    expect(new Set(everyType.map(([context]) => context))).toEqual(
      new Set([
        'catalog',
        'inventory',
        'accounts',
        'categories',
        'booking',
        'promotions',
        'ticket-mail',
        'checkin',
        'group-requests',
        'webhooks',
        'invoicing',
        'reconciliation',
        'wallet',
      ]),
    );
  });

  it.each(everyType)('%s: %s is read with the schema its writer uses', (_context, type, schema) => {
    // The same schema object as the write side's, so an upcaster added there runs here too.
    expect(readSchemaOf(type)).toBe(schema);
    const current = schema.versions[type];
    // A version the schema does not know is refused rather than passed through un-upcast.
    expect(() => upcastRecorded(recorded(type, current + 1))).toThrow(`newer than the known version ${current}`);
    expect(upcastRecorded(recorded(type, current)).data).toEqual({ eventId: 'ev-1' });
  });

  it('passes events no context writes through unchanged', () => {
    const event = recorded('HolderNotified', 7);
    expect(upcastRecorded(event)).toBe(event);
  });
});
