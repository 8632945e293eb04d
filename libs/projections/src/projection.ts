import type { BoundedContext, DomainEvent, EventOf, StreamModel } from '@booking/domain';
import type { RecordedEvent } from '@booking/event-store';
import type { Document } from '@booking/read-store';

/** Every projected document remembers the last global position applied to it (idempotency guard). */
export type Projected = Document & { _position: number };

/**
 * What the runner runs: which events, which document each one touches, and what it does to that
 * document. The runner does checkpoints, batching, idempotency and rebuilds. Read models are
 * written with `defineProjection`, which builds this from a typed, exhaustive handler map.
 */
export interface ProjectionDefinition<Doc extends Projected = Projected> {
  /** Stable name, also the name queries use to find the active collection. */
  readonly name: string;
  /** Bump when evolve changes: a new version is rebuilt beside the old one, then switched to. */
  readonly version: number;
  readonly eventTypes: readonly string[];
  keyOf(event: RecordedEvent): string | undefined;
  /** Returns the new document, or null to delete it. Must not mutate `doc`. */
  evolve(doc: Doc | null, event: RecordedEvent): Omit<Doc, '_position'> | null;
  readonly indexes?: readonly { keys: Record<string, 1 | -1>; unique?: boolean }[];
}

/** A recorded event whose `type` says what its `data` is (a union narrows on `type`). */
export type Recorded<E extends DomainEvent> = Omit<RecordedEvent, 'type' | 'data'> & E;

/** What one event does to its document: the new document, or null to delete it. Must not mutate `doc`. */
export type Handler<Doc extends Projected, E extends DomainEvent> = (
  doc: Doc | null,
  event: Recorded<E>,
) => Omit<Doc, '_position'> | null;

/** One handler per event type, each typed by its own event. */
export type Handlers<Doc extends Projected, E extends DomainEvent> = {
  readonly [T in E['type']]: Handler<Doc, Extract<E, { type: T }>>;
};

/**
 * A read model over the contexts it `reads`: every event type of those contexts is either handled
 * in `on` or listed in `ignores`, checked when it compiles. So a new event type in a context fails
 * to compile until each projection that reads the context decides what it does with it.
 */
export type TypedProjection<
  Doc extends Projected,
  Contexts extends readonly BoundedContext[],
  Ignored extends EventOf<Contexts[number]>['type'],
> = Readonly<{
  name: string;
  version: number;
  reads: Contexts;
  ignores?: readonly Ignored[];
  /** The document an event touches (undefined: none); given only the events handled. */
  keyOf(event: Recorded<Exclude<EventOf<Contexts[number]>, { type: Ignored }>>): string | undefined;
  on: Handlers<Doc, Exclude<EventOf<Contexts[number]>, { type: Ignored }>>;
  indexes?: ProjectionDefinition['indexes'];
}>;

/** `defineProjection<Doc>()({ ... })`: the document type is given, the contexts and ignored types inferred. */
export function defineProjection<Doc extends Projected>() {
  return <
    const Contexts extends readonly BoundedContext[],
    const Ignored extends EventOf<Contexts[number]>['type'] = never,
  >(
    definition: TypedProjection<Doc, Contexts, Ignored>,
  ): ProjectionDefinition<Doc> => {
    const { name, version, indexes, keyOf } = definition;
    const on = definition.on as unknown as Readonly<Record<string, Handler<Doc, DomainEvent> | undefined>>;
    return {
      name,
      version,
      ...(indexes ? { indexes } : {}),
      eventTypes: Object.keys(on),
      keyOf: (event) => keyOf(event as never),
      evolve: (doc, event) => {
        const handle = on[event.type];
        return handle ? handle(doc, event as Recorded<DomainEvent>) : doc;
      },
    };
  };
}

/** The same handler for every event of a stream category: for read models that fold the context's own evolve. */
export function onEach<E extends DomainEvent, Doc extends Projected>(
  stream: StreamModel<unknown, never, E>,
  handler: Handler<Doc, E>,
): Handlers<Doc, E> {
  return Object.fromEntries(stream.eventTypes.map((type) => [type, handler])) as unknown as Handlers<Doc, E>;
}

/** A document without its position (`Omit` would lose the named fields of a document type with an index signature). */
export type Unpositioned<Doc extends Projected> = { [K in keyof Doc as K extends '_position' ? never : K]: Doc[K] };

/** For an event that changes an existing document: nothing (null) when there is none yet. */
export function changed<Doc extends Projected>(
  doc: Doc | null,
  change: (current: Unpositioned<Doc>) => Omit<Doc, '_position'> | null,
): Omit<Doc, '_position'> | null {
  if (!doc) return null;
  return change(unpositioned(doc));
}

/** A document without its position: what a handler returns to keep it (the runner sets the position). */
export function unpositioned<Doc extends Projected>(doc: Doc): Unpositioned<Doc> {
  const { _position, ...current } = doc;
  return current as unknown as Unpositioned<Doc>;
}

/** Positions are stored as numbers in documents: exact below 2^53, far beyond any log here. */
export const toStoredPosition = (position: bigint): number => Number(position);
