import { describe, expect, it } from 'vitest';
import { attendeeNamesOf, buildCheckout, checkoutErrors } from './checkout';

const buyer = { name: ' Ada Lovelace ', email: ' ada@example.com ' };

describe('attendeeNamesOf', () => {
  it('trims names and drops trailing blanks, keeping "" for a place without a name before a named one', () => {
    expect(attendeeNamesOf([' Ada ', '', 'Grace ', ' ', ''])).toEqual(['Ada', '', 'Grace']);
    expect(attendeeNamesOf(['', '  '])).toBeUndefined();
    expect(attendeeNamesOf([])).toBeUndefined();
  });
});

describe('buildCheckout', () => {
  const holds = [
    { holdId: 'h1', quantity: 2, sectionId: 'stalls', seatIds: ['stalls:A:1', 'stalls:A:2'] },
    { holdId: 'h2', quantity: 1 },
    { holdId: 'h3', quantity: 3 },
  ];

  it('sends the included holds in order, with section, tier and names, and never a price', () => {
    const checkout = buildCheckout(
      'e1',
      holds,
      {
        h1: { include: true, attendeeNames: ['Ada', ''] },
        h2: { include: false, attendeeNames: ['Nobody'] },
        h3: { include: true, tierId: 'vip', attendeeNames: [] },
      },
      buyer,
    );
    expect(checkout).toEqual({
      eventId: 'e1',
      holds: [
        { holdId: 'h1', sectionId: 'stalls', attendeeNames: ['Ada'] },
        { holdId: 'h3', tierId: 'vip' },
      ],
      buyer: { name: 'Ada Lovelace', email: 'ada@example.com' },
    });
    expect(JSON.stringify(checkout)).not.toMatch(/price|total/);
  });

  it('sends attendee e-mails per place, trailing blanks dropped', () => {
    const checkout = buildCheckout(
      'e1',
      holds.slice(2),
      { h3: { include: true, attendeeNames: [], attendeeEmails: [' grace@example.com ', '', ''] } },
      buyer,
    );
    expect(checkout.holds).toEqual([{ holdId: 'h3', attendeeEmails: ['grace@example.com'] }]);
  });

  it('includes a hold the buyer has not touched', () => {
    expect(buildCheckout('e1', holds.slice(1, 2), {}, buyer).holds).toEqual([{ holdId: 'h2' }]);
  });
});

describe('checkoutErrors', () => {
  it('asks for a name, an e-mail address and at least one hold', () => {
    expect(checkoutErrors({ eventId: 'e', holds: [], buyer: { name: '', email: 'nope' } })).toEqual({
      name: 'Enter the buyer’s name.',
      email: 'Enter an e-mail address.',
      holds: 'Choose at least one hold to book.',
    });
    expect(checkoutErrors({ eventId: 'e', holds: [{ holdId: 'h' }], buyer: { name: 'A', email: 'a@b.co' } })).toEqual(
      {},
    );
  });

  it('refuses an attendee e-mail that is not an address', () => {
    const holds = [{ holdId: 'h', attendeeEmails: ['', 'grace'] }];
    expect(checkoutErrors({ eventId: 'e', holds, buyer: { name: 'A', email: 'a@b.co' } }).holds).toMatch(
      /attendee e-mail/,
    );
  });
});
