import type { Decider, DomainCommand, DomainEvent } from './decider';
import type { EventSchema, Upcaster } from './upcasting';

/** The current schema version of each event type of `E`: every type once (a missing or unknown one fails to compile). */
export type EventVersions<E extends DomainEvent> = Readonly<Record<E['type'], number>>;

export const typesOf = <E extends DomainEvent>(versions: EventVersions<E>) => Object.keys(versions) as E['type'][];

/** A schema typed by the events it covers; its `versions` are also the list of its types, `eventTypes`. */
export interface EventSchemaOf<E extends DomainEvent> extends EventSchema {
  readonly versions: EventVersions<E>;
  readonly upcasters?: Readonly<Partial<Record<E['type'], Readonly<Record<number, Upcaster>>>>>;
  readonly eventTypes: readonly E['type'][];
}

/** `more`: what else the schema says of its events (upcasters by type, ...). */
export function eventSchema<E extends DomainEvent>(
  versions: EventVersions<E>,
  more: Omit<EventSchema, 'versions' | 'upcasters'> & Pick<EventSchemaOf<E>, 'upcasters'> = {},
): EventSchemaOf<E> {
  return { ...more, versions, eventTypes: typesOf(versions) };
}

/**
 * One stream category of a context: what the command pipeline runs and the read side upcasts.
 * `schema` is the context's: several categories of one context may share it (accounts does).
 */
export type StreamModel<S, C extends DomainCommand, E extends DomainEvent> = Readonly<{
  category: string;
  decider: Decider<S, C, E>;
  schema: EventSchema;
  eventTypes: readonly E['type'][];
}>;

/**
 * A category with a schema of its own, covering exactly its events; or a category of a context
 * whose one schema covers several categories, with `versions`, this category's part of it.
 */
export function streamModel<S, C extends DomainCommand, E extends DomainEvent>(
  category: string,
  decider: Decider<S, C, E>,
  ...[schema, versions]: [own: EventSchemaOf<E>] | [shared: EventSchema, versions: EventVersions<E>]
): StreamModel<S, C, E> {
  const eventTypes = versions ? typesOf(versions) : (schema as EventSchemaOf<E>).eventTypes;
  return { category, decider, schema, eventTypes };
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
