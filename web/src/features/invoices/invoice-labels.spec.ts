import { describe, expect, it } from 'vitest';
import { documentLabel, taxRateLabel } from './invoice-labels';

describe('invoice labels', () => {
  it('names the kind and number', () => {
    expect(documentLabel({ kind: 'invoice', number: 'A-2026-000001' })).toBe('Invoice A-2026-000001');
    expect(documentLabel({ kind: 'credit-note', number: 'A-2026-000002' })).toBe('Credit note A-2026-000002');
  });
  it('prints basis points as a percentage', () => {
    expect(taxRateLabel(1900)).toBe('19 %');
    expect(taxRateLabel(750)).toBe('7.5 %');
    expect(taxRateLabel(0)).toBe('0 %');
  });
});
