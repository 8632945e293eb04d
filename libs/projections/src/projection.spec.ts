import {
  type BoundedContext,
  type Decider,
  type EventOf,
  type DomainEvent,
  boundedContext,
  catalogContext,
  eventSchema,
  streamModel,
} from '@booking/domain';
import type { RecordedEvent } from '@booking/event-store';
import { type TypedProjection, changed, defineProjection, type Projected } from './projection';

type ThingAdded = DomainEvent<'ThingAdded', { thingId: string; name: string }>;
type ThingRenamed = DomainEvent<'ThingRenamed', { thingId: string; name: string }>;
type ThingAudited = DomainEvent<'ThingAudited', { auditor: string }>;
type ThingEvent = ThingAdded | ThingRenamed | ThingAudited;

const decider: Decider<object, never, ThingEvent> = { initialState: () => ({}), decide: () => [], evolve: (s) => s };
const things = boundedContext('things', [
  streamModel('thing', decider, eventSchema<ThingEvent>({ ThingAdded: 1, ThingRenamed: 1, ThingAudited: 1 })),
]);

type ThingDoc = Projected & { name: string };

const recorded = (type: string, data: unknown, position = 1n): RecordedEvent => ({
  id: `e${position}`,
  type,
  data,
  metadata: { correlationId: 'c', causationId: 'c', actor: 'u', schemaVersion: 1, occurredAt: '2030-01-01T00:00:00Z' },
  stream: 'thing-1',
  revision: position - 1n,
  position,
});

const thingsProjection = defineProjection<ThingDoc>()({
  name: 'things',
  version: 1,
  reads: [things],
  ignores: ['ThingAudited'],
  keyOf: (event) => event.data.thingId, // every handled event has a thingId; ThingAudited, ignored, has none
  on: {
    ThingAdded: (_doc, { data }) => ({ _id: data.thingId, name: data.name }),
    ThingRenamed: (doc, { data }) => changed(doc, (rest) => ({ ...rest, name: data.name })),
  },
});

describe('defineProjection', () => {
  it('subscribes to the event types it handles, not those it ignores', () => {
    expect([...thingsProjection.eventTypes].sort()).toEqual(['ThingAdded', 'ThingRenamed']);
  });

  it('hands each event to the handler of its type', () => {
    const added = thingsProjection.evolve(null, recorded('ThingAdded', { thingId: 't1', name: 'Chair' }));
    expect(added).toEqual({ _id: 't1', name: 'Chair' });
    const doc = { ...added!, _position: 1 } as ThingDoc;
    expect(thingsProjection.evolve(doc, recorded('ThingRenamed', { thingId: 't1', name: 'Stool' }, 2n))).toEqual({
      _id: 't1',
      name: 'Stool',
    });
    expect(thingsProjection.evolve(null, recorded('ThingRenamed', { thingId: 't9', name: 'Stool' }, 3n))).toBeNull();
  });

  it('leaves the document as it is for a type it does not handle', () => {
    const doc: ThingDoc = { _id: 't1', name: 'Chair', _position: 1 };
    expect(thingsProjection.evolve(doc, recorded('ThingAudited', { auditor: 'a' }, 2n))).toBe(doc);
  });
});

// Type-level tests, checked by `npm run typecheck` (tsc): each line after @ts-expect-error must fail to compile.
const none = () => null;

export const missingType = defineProjection<ThingDoc>()({
  name: 'missing',
  version: 1,
  reads: [things],
  keyOf: () => undefined,
  // @ts-expect-error ThingAudited is neither handled nor ignored
  on: { ThingAdded: none, ThingRenamed: none },
});

type Over<C extends BoundedContext, Ignored extends EventOf<C>['type'] = never> = TypedProjection<
  ThingDoc,
  [C],
  Ignored
>;
export const handledAndIgnored: Over<typeof things, 'ThingAudited' | 'ThingRenamed'>['on'] = {
  ThingAdded: none,
  // @ts-expect-error a type both handled and ignored
  ThingRenamed: none,
};
// @ts-expect-error ignores a type the context does not have
export type UnknownIgnored = Over<typeof things, 'ThingAudited' | 'ThingRemoved'>;
// @ts-expect-error keyOf is given the handled events only: ThingAudited's auditor is not among them
export const keyOfIgnored: Over<typeof things, 'ThingAudited'>['keyOf'] = (event) => event.data.auditor;
// A real context: a read model of seating plans that forgot every other catalog event.
// @ts-expect-error the catalog's other event types are neither handled nor ignored
export const catalogIncomplete: Over<typeof catalogContext>['on'] = { SeatingPlanSet: none, SeatingPlanCleared: none };
