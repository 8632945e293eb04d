import { describe, expect, it } from 'vitest';
import {
  MAX_RANGE_DAYS,
  QUICK_RANGES,
  defaultRange,
  filterFromParams,
  filterToParams,
  lastDays,
  parseDay,
  parseRange,
  rangeDays,
  sameRange,
  thisYear,
  todayUtc,
} from './report-range';

const ORGANIZER = '0190a000-0000-7000-8000-00000000a002';
// 00:30 on 1 March in Berlin is still 28 February in UTC: the API's days are UTC days.
const NOW = new Date('2028-02-29T23:30:00Z');

describe('report range', () => {
  it('reads calendar days only', () => {
    expect(parseDay('2028-02-29')).toBe(Date.UTC(2028, 1, 29));
    expect(parseDay('2026-02-29')).toBeUndefined();
    expect(parseDay('2026-13-01')).toBeUndefined();
    expect(parseDay('1 March')).toBeUndefined();
    expect(parseDay('')).toBeUndefined();
  });

  it('counts today in UTC and both ends of a range', () => {
    expect(todayUtc(NOW)).toBe('2028-02-29');
    expect(lastDays(7, NOW)).toEqual({ from: '2028-02-23', to: '2028-02-29' });
    expect(rangeDays(lastDays(7, NOW))).toBe(7);
    expect(defaultRange(NOW)).toEqual({ from: '2028-01-31', to: '2028-02-29' });
    expect(rangeDays(defaultRange(NOW))).toBe(30);
    expect(thisYear(NOW)).toEqual({ from: '2028-01-01', to: '2028-02-29' });
    expect(rangeDays({ from: '2028-01-01', to: '2028-12-31' })).toBe(366);
    expect(rangeDays({ from: '2028-03-02', to: '2028-03-01' })).toBe(0);
    expect(QUICK_RANGES.map((q) => q.label)).toEqual(['Last 7 days', 'Last 30 days', 'This year']);
    expect(sameRange(QUICK_RANGES[1].range(NOW), defaultRange(NOW))).toBe(true);
  });

  it('reads the range and the organizer from the URL; a day missing or wrong is the default range’s', () => {
    expect(filterFromParams(new URLSearchParams(), NOW)).toEqual(defaultRange(NOW));
    expect(
      filterFromParams(
        new URLSearchParams(`from=2028-01-05&to=2028-01-20&organizerId=${ORGANIZER.toUpperCase()}`),
        NOW,
      ),
    ).toEqual({ from: '2028-01-05', to: '2028-01-20', organizerId: ORGANIZER });
    expect(filterFromParams(new URLSearchParams('from=2028-01-05&to=soon&organizerId=olga'), NOW)).toEqual({
      from: '2028-01-05',
      to: '2028-02-29',
    });
  });

  it('writes the range always and the organizer if any, and round-trips', () => {
    expect(filterToParams({ from: '2028-01-05', to: '2028-01-20' })).toEqual({ from: '2028-01-05', to: '2028-01-20' });
    const filter = { from: '2028-01-05', to: '2028-01-20', organizerId: ORGANIZER };
    expect(filterFromParams(new URLSearchParams(filterToParams(filter)), NOW)).toEqual(filter);
  });

  it('parses the form: dates, from before to, at most 366 days both included', () => {
    expect(parseRange(' 2028-01-01 ', '2028-12-31')).toEqual({ range: { from: '2028-01-01', to: '2028-12-31' } });
    expect(parseRange('2028-03-01', '2028-03-01')).toEqual({ range: { from: '2028-03-01', to: '2028-03-01' } });
    expect(parseRange('', 'later')).toEqual({ errors: { from: 'A date', to: 'A date' } });
    expect(parseRange('2028-03-02', '2028-03-01')).toEqual({ errors: { to: 'On or after the start' } });
    expect(parseRange('2027-01-01', '2028-01-01')).toEqual({ range: { from: '2027-01-01', to: '2028-01-01' } });
    expect(parseRange('2027-01-01', '2028-01-02')).toEqual({
      errors: { to: `At most ${MAX_RANGE_DAYS} days, both ends included` },
    });
  });
});
