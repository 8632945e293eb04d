import { describe, expect, it } from 'vitest';
import { parseFinanceFilter } from './finance-filter';

describe('finance invoice filter', () => {
  it('passes an organizer id and a year, and nothing when empty', () => {
    expect(parseFinanceFilter('', '')).toEqual({});
    expect(parseFinanceFilter(' 0190B000-0000-7000-8000-000000000001 ', '2026')).toEqual({
      organizerId: '0190b000-0000-7000-8000-000000000001',
      year: 2026,
    });
  });
  it('names the wrong field', () => {
    expect(parseFinanceFilter('olga', '')).toEqual({ error: 'organizerId' });
    expect(parseFinanceFilter('', '26')).toEqual({ error: 'year' });
  });
});
