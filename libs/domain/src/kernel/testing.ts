import { DomainError } from './domain-error';
import { type Decider, type DomainCommand, type DomainEvent, fold } from './decider';

/**
 * given(events).when(command).then(events) for decider tests.
 * Framework-free: a mismatch throws an Error whose message shows both sides.
 */
export function scenario<S, C extends DomainCommand, E extends DomainEvent>(decider: Decider<S, C, E>) {
  return {
    given(history: E[]) {
      return {
        when(command: C) {
          const state = fold(decider, history);
          const snapshot = stableJson(state);
          const run = (): { events?: E[]; error?: unknown } => {
            try {
              return { events: decider.decide(command, state) };
            } catch (error) {
              return { error };
            } finally {
              if (stableJson(state) !== snapshot) throw new Error('decide mutated the state it was given');
            }
          };
          const outcome = run();
          return {
            then(expected: E[]) {
              if (outcome.error) throw new Error(`Expected events but decide failed: ${String(outcome.error)}`);
              const actual = stableJson(outcome.events);
              if (actual !== stableJson(expected)) {
                throw new Error(`Events differ.\nexpected: ${stableJson(expected)}\nactual:   ${actual}`);
              }
            },
            thenFails(code: string) {
              const error = outcome.error;
              if (!(error instanceof DomainError)) {
                throw new Error(`Expected DomainError ${code}, got ${error ? String(error) : stableJson(outcome.events)}`);
              }
              if (error.code !== code) throw new Error(`Expected error ${code}, got ${error.code}: ${error.message}`);
              return error;
            },
          };
        },
      };
    },
  };
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => {
    if (v instanceof Map) return { __map: [...v.entries()] };
    if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
    }
    return v;
  });
}
