import { describe, expect, it } from 'vitest';
import { fromMinorUnits, toMinorUnits } from './money';

describe('prices typed in major units', () => {
  it('become integer minor units by string math', () => {
    expect(toMinorUnits('12.5', 2)).toBe(1250);
    expect(toMinorUnits(' 0,05 ', 2)).toBe(5);
    expect(toMinorUnits('19.99', 2)).toBe(1999); // 19.99 * 100 is 1998.9999999999998 in floats
    expect(toMinorUnits('7', 2)).toBe(700);
    expect(toMinorUnits('1200', 0)).toBe(1200);
    expect(toMinorUnits('12.', 2)).toBe(1200);
  });

  it('are refused when not a plain non-negative amount of the currency’s precision', () => {
    for (const text of ['', '-1', '1.234', '1e3', 'abc', '1.2.3', '12345678901'])
      expect(toMinorUnits(text, 2)).toBeNull();
    expect(toMinorUnits('1.5', 0)).toBeNull();
  });

  it('round-trip through the editable text', () => {
    expect(fromMinorUnits(1250, 2)).toBe('12.50');
    expect(fromMinorUnits(5, 2)).toBe('0.05');
    expect(fromMinorUnits(1200, 0)).toBe('1200');
    for (const amount of [0, 1, 99, 100, 123456]) expect(toMinorUnits(fromMinorUnits(amount, 2), 2)).toBe(amount);
  });
});
