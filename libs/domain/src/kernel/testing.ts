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
          const run = (): { ok: true; events: E[] } | { ok: false; error: unknown } => {
            try {
              return { ok: true, events: decider.decide(command, state) };
            } catch (error) {
              return { ok: false, error };
            }
          };
          const outcome = run();
          // Checked whether decide returned or threw: a refusal must not mutate either.
          if (stableJson(state) !== snapshot) throw new Error('decide mutated the state it was given');
          return {
            then(expected: E[]) {
              if (!outcome.ok) throw new Error(`Expected events but decide failed: ${String(outcome.error)}`);
              const actual = stableJson(outcome.events);
              if (actual !== stableJson(expected)) {
                throw new Error(`Events differ.\nexpected: ${stableJson(expected)}\nactual:   ${actual}`);
              }
            },
            thenFails(code: string) {
              if (outcome.ok) throw new Error(`Expected DomainError ${code}, got events ${stableJson(outcome.events)}`);
              const error = outcome.error;
              if (!(error instanceof DomainError))
                throw new Error(`Expected DomainError ${code}, got ${String(error)}`);
              if (error.code !== code) throw new Error(`Expected error ${code}, got ${error.code}: ${error.message}`);
              return error;
            },
          };
        },
      };
    },
  };
}

// JSON with sorted keys that also sees what plain JSON hides: Map and Set contents, and
// non-finite numbers (which JSON turns into null, so Infinity → NaN would go unnoticed).
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => {
    if (typeof v === 'number' && !Number.isFinite(v)) return { __number: String(v) };
    if (v instanceof Map) return { __map: [...v.entries()] };
    if (v instanceof Set) return { __set: [...v.values()] };
    if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, (v as Record<string, unknown>)[k]]),
      );
    }
    return v;
  });
}
