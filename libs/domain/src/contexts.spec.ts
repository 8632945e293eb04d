import { CONTEXTS, CONTEXT_SCHEMAS } from './contexts';
import * as domain from './index';

const streams = CONTEXTS.flatMap((context) => context.streams);

describe('the registry of contexts', () => {
  it('gives every stream category once', () => {
    const categories = streams.map((s) => s.category);
    expect(new Set(categories).size).toBe(categories.length);
  });

  it('gives every event type to exactly one stream category (the read side finds its schema by type)', () => {
    const types = streams.flatMap((s) => s.eventTypes);
    expect(new Set(types).size).toBe(types.length);
  });

  it('holds every event schema the domain exports (one left out would be skipped by the read side)', () => {
    const exported = Object.values(domain).filter(
      (value) => typeof value === 'object' && value !== null && 'versions' in value,
    );
    expect(exported.length).toBeGreaterThanOrEqual(5);
    expect([...CONTEXT_SCHEMAS].sort(byFirstType)).toEqual([...exported].sort(byFirstType));
  });
});

const byFirstType = (a: object, b: object) => firstType(a).localeCompare(firstType(b));
const firstType = (schema: object) => Object.keys((schema as { versions: object }).versions)[0];
