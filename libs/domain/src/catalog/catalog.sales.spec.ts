import { salesPeriodOf } from './catalog.sales';

describe('salesPeriodOf: when a published event takes holds', () => {
  const startsAt = '2030-06-01T18:00:00.000Z';

  it('is the sales window the organizer set', () => {
    const salesWindow = { opensAt: '2030-05-01T10:00:00.000Z', closesAt: '2030-06-01T12:00:00.000Z' };
    expect(salesPeriodOf({ salesWindow }, startsAt)).toEqual(salesWindow);
  });

  it('without a window, runs from publication until the event starts', () => {
    expect(salesPeriodOf({}, startsAt)).toEqual({ closesAt: startsAt });
  });

  it('never runs past the start, even with a window recorded before the start moved earlier', () => {
    const salesWindow = { opensAt: '2030-05-01T10:00:00.000Z', closesAt: '2030-06-02T12:00:00.000Z' };
    expect(salesPeriodOf({ salesWindow }, startsAt)).toEqual({ opensAt: salesWindow.opensAt, closesAt: startsAt });
  });
});
