import type { CountedValue } from './read-store.port';

const isCounted = (value: unknown): value is CountedValue =>
  typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));

/**
 * The distinct values `countValues` counts at a dotted path of a document: strings, finite numbers
 * and booleans, array elements one by one at every level (as MongoDB reaches into arrays).
 */
export function scalarsAt(doc: unknown, path: string): Set<CountedValue> {
  const out = new Set<CountedValue>();
  walk(doc, path.split('.'), 0, out);
  return out;
}

function walk(value: unknown, segments: readonly string[], depth: number, out: Set<CountedValue>): void {
  if (Array.isArray(value)) {
    for (const element of value) walk(element, segments, depth, out);
  } else if (depth === segments.length) {
    if (isCounted(value)) out.add(value);
  } else if (value !== null && typeof value === 'object') {
    walk((value as Record<string, unknown>)[segments[depth]], segments, depth + 1, out);
  }
}
