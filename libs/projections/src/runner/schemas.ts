import { type EventSchema, accountsSchema, catalogSchema, inventorySchema, upcast } from '@booking/domain';
import type { RecordedEvent } from '@booking/event-store';

const ALL_SCHEMAS: readonly EventSchema[] = [catalogSchema, inventorySchema, accountsSchema];
const schemaOf = new Map<string, EventSchema>(
  ALL_SCHEMAS.flatMap((s) => Object.keys(s.versions).map((t) => [t, s] as const)),
);

/** Projections always see the current schema version of an event's data. */
export function upcastRecorded(event: RecordedEvent): RecordedEvent {
  const schema = schemaOf.get(event.type);
  const version = event.metadata.schemaVersion ?? 1;
  if (!schema || version === schema.versions[event.type]) return event;
  return { ...event, data: upcast(schema, event.type, version, event.data as Record<string, unknown>) };
}
