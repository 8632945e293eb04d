import type { Decider, DomainCommand, DomainEvent } from './decider';
import type { EventSchema, Upcaster } from './upcasting';

/**
 * A schema typed by the events it covers. `versions` names every event type exactly once (a
 * missing or unknown type fails to compile), so it is also the list of the types: `eventTypes`.
 */
export interface EventSchemaOf<E extends DomainEvent> extends EventSchema {
  readonly versions: Readonly<Record<E['type'], number>>;
  readonly upcasters?: Readonly<Partial<Record<E['type'], Readonly<Record<number, Upcaster>>>>>;
  readonly eventTypes: readonly E['type'][];
}

export function eventSchema<E extends DomainEvent>(
  versions: Record<E['type'], number>,
  upcasters?: EventSchemaOf<E>['upcasters'],
): EventSchemaOf<E> {
  return { versions, ...(upcasters ? { upcasters } : {}), eventTypes: Object.keys(versions) as E['type'][] };
}

/** One stream category of a context: what the command pipeline runs and the read side upcasts. */
export type StreamModel<S, C extends DomainCommand, E extends DomainEvent> = Readonly<{
  category: string;
  decider: Decider<S, C, E>;
  schema: EventSchemaOf<E>;
  eventTypes: readonly E['type'][];
}>;

export function streamModel<S, C extends DomainCommand, E extends DomainEvent>(
  category: string,
  decider: Decider<S, C, E>,
  schema: EventSchemaOf<E>,
): StreamModel<S, C, E> {
  return { category, decider, schema, eventTypes: schema.eventTypes };
}

/** What the read side needs of a stream category: its category and the schema its events are read with. */
export type StreamSchema = Readonly<{ category: string; schema: EventSchema; eventTypes: readonly string[] }>;

/**
 * A bounded context as the rest of the system sees it: its stream categories and the union of its
 * events (`E`). A projection names the contexts it reads and must then handle or ignore each of `E`.
 */
export type BoundedContext<E extends DomainEvent = DomainEvent> = Readonly<{
  name: string;
  streams: readonly StreamSchema[];
  eventTypes: readonly E['type'][];
  /** Type-level only (never set): the union of the context's events. */
  readonly __events?: E;
}>;

/** The events a stream model's decider decides (distributes over a union of models). */
type EventOfStream<M> = M extends { readonly decider: { decide(command: never, state: never): readonly (infer E)[] } }
  ? E
  : never;

/** A context's events are exactly those of its stream models. */
export function boundedContext<const M extends readonly StreamSchema[]>(
  name: string,
  streams: M,
): BoundedContext<Extract<EventOfStream<M[number]>, DomainEvent>> {
  return { name, streams, eventTypes: streams.flatMap((s) => s.eventTypes) };
}

/** The union of the events of one or more contexts. */
export type EventOf<C extends BoundedContext> = C extends BoundedContext<infer E> ? E : never;
