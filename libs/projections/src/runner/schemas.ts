import { CONTEXTS, type EventSchema, upcast } from '@booking/domain';
import type { RecordedEvent } from '@booking/event-store';

/** The schema of every event type of every context, from the domain's registry (the write side reads the same). */
const schemaOf = new Map<string, EventSchema>(
  CONTEXTS.flatMap((context) =>
    context.streams.flatMap(({ schema, eventTypes }) => eventTypes.map((type) => [type, schema] as const)),
  ),
);

/** The schema the read side reads events of this type with (undefined: not a context's event). */
export const readSchemaOf = (type: string): EventSchema | undefined => schemaOf.get(type);

/** Projections always see the current schema version of an event's data. */
export function upcastRecorded(event: RecordedEvent): RecordedEvent {
  const schema = schemaOf.get(event.type);
  const version = event.metadata.schemaVersion ?? 1;
  if (!schema || version === schema.versions[event.type]) return event;
  return { ...event, data: upcast(schema, event.type, version, event.data as Record<string, unknown>) };
}
