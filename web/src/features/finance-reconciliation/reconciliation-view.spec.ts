import { describe, expect, it } from 'vitest';
import { defaultPeriod, parsePeriod } from './reconciliation-view';

describe('the reconciliation period', () => {
  it('defaults to the last 30 days', () => {
    const now = new Date(2027, 2, 31, 14, 5);
    expect(defaultPeriod(now)).toEqual({ from: '2027-03-01T14:05', to: '2027-03-31T14:05' });
  });

  it('turns the fields into instants, in the browser’s zone', () => {
    expect(parsePeriod('2027-03-01T00:00', '2027-03-31T00:00')).toEqual({
      period: { from: new Date(2027, 2, 1).toISOString(), to: new Date(2027, 2, 31).toISOString() },
    });
  });

  it('says which field is wrong', () => {
    expect(parsePeriod('', '2027-03-31T00:00')).toEqual({ errors: { from: 'Enter a date and time' } });
    expect(parsePeriod('2027-03-31T00:00', '2027-03-01T00:00')).toEqual({
      errors: { to: 'The period must end after it starts' },
    });
    expect(parsePeriod('2027-01-01T00:00', '2027-06-01T00:00')).toEqual({
      errors: { to: 'A reconciliation covers at most 93 days' },
    });
  });
});
