import { describe, expect, it } from 'vitest';
import type { EventFormValues } from './eventForm';
import { mapServerErrors, topLevelField, validateEventForm } from './eventValidation';

const now = new Date('2026-06-01T12:00:00');
const valid: EventFormValues = {
  title: 'Midnight Jazz',
  description: '',
  category: 'music',
  tags: ['jazz', 'late night'],
  startsAt: '2026-07-01T20:00',
  endsAt: '2026-07-01T23:00',
  timeZone: 'Europe/Berlin',
  venueName: 'Blue Room',
  venueCity: 'Berlin',
  venueCountry: 'DE',
  venueAddress: '',
  capacity: '120',
  tiers: [{ key: 'k1', id: '', name: 'Standard', price: '25.50' }],
  currency: 'EUR',
  salesOpensAt: '',
  salesClosesAt: '',
  maxTicketsPerOrder: '',
  maxTicketsPerBuyer: '',
  allowLoneSeats: false,
  waitlist: true,
  waitlistOfferMinutes: 30,
  groupPrices: [],
  refundPolicy: 'no-refunds',
};
const errors = (changes: Partial<EventFormValues>) => validateEventForm({ ...valid, ...changes }, now);

describe('validateEventForm', () => {
  it('accepts a complete event', () => {
    expect(errors({})).toEqual({});
  });

  it('names each missing or malformed field by the API’s path', () => {
    expect(errors({ title: 'ab', category: '', venueCountry: 'DEU', capacity: '0' })).toEqual({
      title: 'Title must be 3 to 140 characters.',
      category: 'Choose a category.',
      'venue.country': 'Use a two-letter code, e.g. DE.',
      capacity: 'Capacity must be a whole number from 1 to 100,000.',
    });
    expect(errors({ venueName: ' ' })['venue.name']).toBe('Venue name is required.');
    expect(errors({ capacity: '1.5' }).capacity).toBeDefined();
  });

  it('wants the event in the future, ending after it starts', () => {
    expect(errors({ startsAt: '2026-05-01T20:00' }).startsAt).toBe('Start must be in the future.');
    expect(errors({ startsAt: 'not a date' }).startsAt).toBe('Enter a valid date and time.');
    expect(errors({ endsAt: '2026-07-01T19:00' }).endsAt).toBe('The end must be after the start.');
    expect(errors({ endsAt: '' }).endsAt).toBeUndefined();
  });

  it('wants a waitlist offer time from 5 minutes to 2 days, in whole minutes', () => {
    for (const minutes of [4, 2881, 2.5, '']) {
      const message = errors({ waitlistOfferMinutes: minutes }).waitlistOfferMinutes;
      expect(message).toBe(minutes === '' ? undefined : 'From 5 to 2880 minutes.');
    }
    expect(errors({ waitlistOfferMinutes: 5 })).toEqual({});
    expect(errors({ waitlistOfferMinutes: 2880 })).toEqual({});
  });

  it('checks tags', () => {
    expect(errors({ tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }).tags).toBe('At most 10 tags.');
    expect(errors({ tags: ['ok', '#bad'] }).tags).toMatch(/^"#bad"/);
  });

  it('checks price tiers: names unique, prices in the currency’s precision; empty rows are left out', () => {
    const tiers = [
      { key: 'a', id: '', name: 'Standard', price: '10' },
      { key: 'b', id: '', name: 'standard ', price: '10.555' },
      { key: 'c', id: '', name: '', price: '' },
    ];
    expect(errors({ tiers })).toEqual({
      'priceTiers[1].name': 'Each tier needs its own name.',
      'priceTiers[1].price.amount': 'Enter a price like 25 or 25.50 (at most 2 decimals).',
    });
  });

  it('wants both ends of a sales window, closing by the start', () => {
    expect(errors({ salesOpensAt: '2026-06-10T10:00' })).toEqual({
      'salesWindow.closesAt': 'Set both ends of the sales window, or none.',
    });
    expect(errors({ salesOpensAt: '2026-06-10T10:00', salesClosesAt: '2026-06-09T10:00' })).toEqual({
      'salesWindow.closesAt': 'Sales must close after they open.',
    });
    expect(errors({ salesOpensAt: '2026-06-10T10:00', salesClosesAt: '2026-07-02T10:00' })).toEqual({
      'salesWindow.closesAt': 'Sales must close by the start of the event.',
    });
    expect(errors({ salesOpensAt: '2026-05-10T10:00', salesClosesAt: '2026-05-20T10:00' })).toEqual({
      'salesWindow.closesAt': 'Closing time must be in the future.',
    });
  });

  it('bounds tickets per order', () => {
    expect(errors({ maxTicketsPerOrder: '21' }).maxTicketsPerOrder).toBe('From 1 to 20.');
    expect(errors({ maxTicketsPerOrder: '4' })).toEqual({});
  });
});

describe('server errors', () => {
  it('go next to the input they concern, or into a list when no input shows them', () => {
    const { byField, other } = mapServerErrors(
      [
        { field: 'body.title', message: 'Taken.' },
        { field: 'title', message: 'Too loud.' },
        { field: 'priceTiers[0].price.currency', message: 'Unknown currency.' },
        { field: 'priceTiers[0].price', message: 'Too cheap.' },
        { field: 'priceTiers[3].name', message: 'No such row.' },
        { field: 'venue', message: 'Unknown venue.' },
        { field: 'seatingPlan', message: 'Elsewhere.' },
      ],
      1,
    );
    expect(byField).toEqual({
      title: 'Taken. Too loud.',
      currency: 'Unknown currency.',
      'priceTiers[0].price.amount': 'Too cheap.',
      'venue.name': 'Unknown venue.',
    });
    expect(other.map((e) => e.field)).toEqual(['priceTiers[3].name', 'seatingPlan']);
  });

  it('belong to a top-level request field', () => {
    expect(topLevelField('venue.city')).toBe('venue');
    expect(topLevelField('priceTiers[1].name')).toBe('priceTiers');
    expect(topLevelField('title')).toBe('title');
  });
});
