import { describe, expect, it } from 'vitest';
import { filterFromParams, filterToParams, pageCount, showing } from './orders-filter';

describe('orders filter', () => {
  it('reads status, search and page from the URL, ignoring what the API would refuse', () => {
    expect(filterFromParams(new URLSearchParams('status=confirmed&q=%20ada%20&page=3'))).toEqual({
      status: 'confirmed',
      q: 'ada',
      page: 3,
    });
    expect(filterFromParams(new URLSearchParams('status=paid&q=&page=0'))).toEqual({ page: 1 });
    expect(filterFromParams(new URLSearchParams('page=2.5'))).toEqual({ page: 1 });
  });

  it('writes only what differs from the default, and round-trips', () => {
    expect(filterToParams({ page: 1 })).toEqual({});
    const filter = { status: 'cancelled' as const, q: 'grace', page: 2 };
    expect(filterFromParams(new URLSearchParams(filterToParams(filter)))).toEqual(filter);
  });

  it('counts pages and says what is shown', () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
    expect(showing(2, 50, 20, 70)).toBe('Showing 51–70 of 70.');
    expect(showing(1, 50, 0, 0)).toBe('No orders found.');
  });
});
