import { eventTimeLabel, moneyLabel, seatLabel, TicketViewError } from './ticket-view';

describe('ticket labels', () => {
  it("prints the time in the venue's zone with the offset of that date", () => {
    const summer = { title: 'x', startsAt: '2026-07-01T17:00:00Z', timeZone: 'Europe/Berlin' };
    const overnight = { ...summer, startsAt: '2026-07-01T20:00:00Z', endsAt: '2026-07-02T03:00:00Z' };

    expect(eventTimeLabel(summer, 'en-GB')).toEqual({
      when: 'Wednesday, 1 July 2026, 19:00',
      zone: 'Europe/Berlin time (GMT+2)',
    });
    expect(eventTimeLabel(overnight, 'en-GB').when).toBe(
      'Wednesday, 1 July 2026, 22:00 – Thursday, 2 July 2026, 05:00',
    );
    expect(eventTimeLabel({ ...summer, timeZone: 'America/New_York' }, 'en-US').zone).toBe(
      'America/New_York time (GMT-4)',
    );
  });

  it('formats integer minor units exactly, whatever the currency exponent', () => {
    expect(moneyLabel({ amountMinor: 4950, currency: 'EUR' }, 'en-GB')).toBe('€49.50');
    expect(moneyLabel({ amountMinor: 5, currency: 'EUR' }, 'de-DE')).toBe('0,05\u00a0€');
    expect(moneyLabel({ amountMinor: 1500, currency: 'JPY' }, 'en-GB')).toBe('JP¥1,500');
    expect(moneyLabel({ amountMinor: 1234, currency: 'BHD' }, 'en-GB')).toBe('BHD\u00a01.234');
    expect(moneyLabel({ amountMinor: 900719925474099, currency: 'USD' }, 'en-US')).toBe('$9,007,199,254,740.99');
    expect(() => moneyLabel({ amountMinor: 1.5, currency: 'EUR' }, 'en-GB')).toThrow(TicketViewError);
  });

  it('says general admission without a seat, and standing in a section without seats', () => {
    expect(seatLabel(undefined)).toBe('General admission');
    expect(seatLabel({ section: 'Floor' })).toBe('Section Floor · standing');
    expect(seatLabel({ section: 'B', row: 'C', number: '12' })).toBe('Section B · Row C · Seat 12');
  });
});
