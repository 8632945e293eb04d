import { CONTEXTS } from './contexts';

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
});
