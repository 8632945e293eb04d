import { describe, expect, it } from 'vitest';
import { groupQuantityError } from './group-request';

describe('groupQuantityError', () => {
  it('accepts more than the per-order limit up to 100 places', () => {
    expect(groupQuantityError(5, 4)).toBeNull();
    expect(groupQuantityError('100', 4)).toBeNull();
  });

  it('refuses what a plain hold takes, more than 100, and non-numbers', () => {
    expect(groupQuantityError(4, 4)).toMatch(/without a request/);
    expect(groupQuantityError(101, 4)).toMatch(/at most 100/);
    expect(groupQuantityError('', 4)).toMatch(/whole number/);
    expect(groupQuantityError(7.5, 4)).toMatch(/whole number/);
  });
});
