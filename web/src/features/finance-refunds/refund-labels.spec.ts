import { describe, expect, it } from 'vitest';
import { STATUS_OPTIONS, manualNote } from './refund-labels';

describe('refund labels', () => {
  it('offers all states and each one', () => {
    expect(STATUS_OPTIONS.map((o) => o.value)).toEqual(['', 'requested', 'sent', 'succeeded', 'failed', 'manual']);
  });
  it('wants a note of 1 to 1000 characters', () => {
    expect(manualNote('  Bank transfer ')).toEqual({ note: 'Bank transfer', ok: true });
    expect(manualNote('   ').ok).toBe(false);
    expect(manualNote('x'.repeat(1001)).ok).toBe(false);
  });
});
