import type { CommandMetadata, Decider, DomainCommand, DomainEvent } from './decider';
import { DomainError } from './domain-error';
import { scenario } from './testing';

// A tiny tally: Add puts a named amount in, Remove takes it out; no name twice.
type Added = DomainEvent<'Added', { name: string; amount: number }>;
type Removed = DomainEvent<'Removed', { name: string }>;
type TallyEvent = Added | Removed;
type TallyCommand = DomainCommand<'Add', { name: string; amount: number }> | DomainCommand<'Remove', { name: string }>;
type TallyState = { total: number; items: Map<string, { amount: number }>; names: Set<string>; limit: number };

const tally: Decider<TallyState, TallyCommand, TallyEvent> = {
  initialState: () => ({ total: 0, items: new Map(), names: new Set(), limit: Number.POSITIVE_INFINITY }),
  decide(command, state) {
    switch (command.type) {
      case 'Add':
        if (state.items.has(command.data.name)) throw DomainError.conflict('tally.exists', 'already there');
        if (command.data.amount < 0) throw new RangeError('negative');
        return [{ type: 'Added', data: command.data }];
      case 'Remove':
        if (!state.items.has(command.data.name)) throw DomainError.notFound('tally.missing', 'not there');
        return [{ type: 'Removed', data: command.data }];
    }
  },
  evolve(state, event) {
    const items = new Map(state.items);
    if (event.type === 'Added') items.set(event.data.name, { amount: event.data.amount });
    else items.delete(event.data.name);
    const total = [...items.values()].reduce((a, b) => a + b.amount, 0);
    return { ...state, total, items, names: new Set(items.keys()) };
  },
};

const metadata: CommandMetadata = { now: new Date('2030-01-01T00:00:00Z'), actor: { userId: 'u1', roles: ['admin'] } };
const add = (name: string, amount: number): TallyCommand => ({ type: 'Add', data: { name, amount }, metadata });
const added = (name: string, amount: number): Added => ({ type: 'Added', data: { name, amount } });
const removed = (name: string): Removed => ({ type: 'Removed', data: { name } });

describe('scenario: then', () => {
  it('passes when the events match', () => {
    expect(() =>
      scenario(tally)
        .given([])
        .when(add('a', 1))
        .then([added('a', 1)]),
    ).not.toThrow();
  });

  it('ignores key order inside events', () => {
    const reordered = { data: { amount: 1, name: 'a' }, type: 'Added' } as Added;
    expect(() => scenario(tally).given([]).when(add('a', 1)).then([reordered])).not.toThrow();
  });

  it('fails when the events differ, showing both sides', () => {
    const then = () =>
      scenario(tally)
        .given([])
        .when(add('a', 1))
        .then([added('a', 2)]);
    expect(then).toThrow(/Events differ\.\nexpected: .*"amount":2.*\nactual: .*"amount":1/);
  });

  it('fails when there are more or fewer events', () => {
    expect(() => scenario(tally).given([]).when(add('a', 1)).then([])).toThrow('Events differ');
    expect(() =>
      scenario(tally)
        .given([])
        .when(add('a', 1))
        .then([added('a', 1), added('a', 1)]),
    ).toThrow('Events differ');
  });

  it('fails when decide throws instead', () => {
    expect(() =>
      scenario(tally)
        .given([added('a', 1)])
        .when(add('a', 1))
        .then([added('a', 1)]),
    ).toThrow('Expected events but decide failed');
  });

  it('folds the given history before deciding', () => {
    expect(() =>
      scenario(tally)
        .given([added('a', 1), removed('a')])
        .when(add('a', 5))
        .then([added('a', 5)]),
    ).not.toThrow();
  });
});

describe('scenario: thenFails', () => {
  it('passes and returns the error when the code matches', () => {
    const error = scenario(tally)
      .given([added('a', 1)])
      .when(add('a', 1))
      .thenFails('tally.exists');
    expect(error).toMatchObject({ kind: 'conflict', code: 'tally.exists' });
  });

  it('fails on the wrong error code', () => {
    expect(() =>
      scenario(tally)
        .given([added('a', 1)])
        .when(add('a', 1))
        .thenFails('tally.missing'),
    ).toThrow('Expected error tally.missing, got tally.exists');
  });

  it('fails when decide succeeds', () => {
    expect(() => scenario(tally).given([]).when(add('a', 1)).thenFails('tally.exists')).toThrow(
      /Expected DomainError tally.exists, got events .*"Added"/,
    );
  });

  it('fails when the error is not a DomainError', () => {
    expect(() => scenario(tally).given([]).when(add('a', -1)).thenFails('tally.negative')).toThrow(
      'Expected DomainError tally.negative, got RangeError: negative',
    );
  });

  it('fails when decide throws a falsy value', () => {
    const throwsZero: typeof tally = {
      ...tally,
      decide: () => {
        throw 0;
      },
    };
    expect(() => scenario(throwsZero).given([]).when(add('a', 1)).then([])).toThrow('decide failed');
    expect(() => scenario(throwsZero).given([]).when(add('a', 1)).thenFails('x')).toThrow(
      'Expected DomainError x, got 0',
    );
  });
});

describe('scenario: catches decide mutating its state', () => {
  const mutating = (mutate: (state: TallyState) => void, thenThrow = false): typeof tally => ({
    ...tally,
    decide(command, state) {
      mutate(state);
      if (thenThrow) throw DomainError.conflict('tally.exists', 'already there');
      return tally.decide(command, state);
    },
  });

  it.each<[string, (state: TallyState) => void]>([
    ['a top-level field', (state) => (state.total += 1)],
    ['a Map entry added', (state) => state.items.set('sneaky', { amount: 0 })],
    ['a Map entry deleted', (state) => state.items.delete('a')],
    ['an object inside a Map', (state) => ((state.items.get('a') as { amount: number }).amount = 99)],
    ['a Set', (state) => state.names.add('sneaky')],
    ['Infinity becoming NaN', (state) => (state.limit = NaN)],
  ])('%s', (_label, mutate) => {
    expect(() =>
      scenario(mutating(mutate))
        .given([added('a', 1)])
        .when(add('b', 2)),
    ).toThrow('decide mutated the state it was given');
  });

  it('even when decide then throws', () => {
    const decider = mutating((state) => state.items.clear(), true);
    expect(() =>
      scenario(decider)
        .given([added('a', 1)])
        .when(add('a', 1)),
    ).toThrow('decide mutated the state it was given');
  });

  it('but not when decide only reads', () => {
    const decider = mutating((state) => void [...state.items.values(), ...state.names]);
    expect(() =>
      scenario(decider)
        .given([added('a', 1)])
        .when(add('b', 2))
        .then([added('b', 2)]),
    ).not.toThrow();
  });
});
