import { describe, expect, it } from 'vitest';
import { groupPriceErrors, groupPricesBody, groupPriceRows } from './groupPrices';

const row = (minTickets: string, percentOff: string, key = minTickets) => ({ key, minTickets, percentOff });

describe('group prices in the event form', () => {
  it('sends the filled rows as numbers and reads them back', () => {
    const rows = [row('10', '15'), row('', '', 'blank'), row('4', '10')];
    expect(groupPricesBody(rows)).toEqual([
      { minTickets: 10, percentOff: 15 },
      { minTickets: 4, percentOff: 10 },
    ]);
    expect(groupPriceRows([{ minTickets: 4, percentOff: 10 }])).toEqual([row('4', '10')]);
    expect(groupPricesBody([])).toEqual([]);
  });

  it('checks each row like the API, by its field path', () => {
    expect(groupPriceErrors([row('1', '10'), row('4', '0', 'b'), row('4', '10', 'c'), row('5', '7.5')])).toEqual({
      'groupPrices[0].minTickets': 'A whole number of tickets from 2 to 1000.',
      'groupPrices[1].percentOff': 'A whole percentage from 1 to 100.',
      'groupPrices[2].minTickets': 'One group price per group size.',
      'groupPrices[3].percentOff': 'A whole percentage from 1 to 100.',
    });
    expect(groupPriceErrors(Array.from({ length: 6 }, (_, i) => row(String(i + 2), '5'))).groupPrices).toBe(
      'At most 5 group prices.',
    );
    expect(groupPriceErrors([row('10', '15')])).toEqual({});
  });
});
