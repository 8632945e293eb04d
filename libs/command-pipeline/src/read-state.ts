import { type DomainCommand, type DomainEvent, type EventSchema, fold, upcast } from '@booking/domain';
import type { EventStore, RecordedEvent } from '@booking/event-store';
import type { WriteModel } from './write-model';

/** Recorded events as a decider sees them: current schema version, no metadata. */
export function toDomainEvents<E extends DomainEvent>(schema: EventSchema, recorded: readonly RecordedEvent[]): E[] {
  return recorded.map(
    (r) =>
      ({
        type: r.type,
        data: upcast(schema, r.type, r.metadata.schemaVersion ?? 1, r.data as Record<string, unknown>),
      }) as E,
  );
}

/** The current state of one stream, for write-side lookups outside a command (the pipeline keeps its own cache). */
export async function readState<S, C extends DomainCommand, E extends DomainEvent>(
  store: EventStore,
  model: WriteModel<S, C, E>,
  id: string,
): Promise<S> {
  const recorded = await store.readStream(`${model.category}-${id}`);
  return fold(model.decider, toDomainEvents<E>(model.schema, recorded));
}
