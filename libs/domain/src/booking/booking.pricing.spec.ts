import { type CatalogState, type PriceTier, type SeatingPlan, requireTierAccess } from '../catalog';
import { DomainError, money } from '../kernel';
import { type HeldPlaces, priceTickets } from './booking.pricing';

const tiers: PriceTier[] = [
  { id: 'standard', name: 'Standard', price: money(2500, 'EUR') },
  { id: 'premium', name: 'Premium', price: money(6000, 'EUR') },
  { id: 'free', name: 'Guest list', price: money(0, 'EUR') },
];
const plan: SeatingPlan = {
  sections: [
    {
      id: 'stalls',
      name: 'Stalls',
      kind: 'seated',
      priceTierId: 'standard',
      placement: { x: 0, y: 0 },
      shape: { type: 'straight' },
      rows: [
        { label: 'A', seats: 3, priceTierId: 'premium' },
        { label: 'B', seats: 3 },
      ],
    },
    {
      id: 'floor',
      name: 'Floor',
      kind: 'standing',
      priceTierId: 'free',
      placement: { x: 0, y: 10 },
      capacity: 50,
      width: 10,
      depth: 5,
    },
  ],
};
const catalog = (seating?: SeatingPlan, priceTiers = tiers): CatalogState => ({
  status: 'published',
  eventId: 'e1',
  organizerId: 'o1',
  startsAt: '2030-06-01T19:00:00.000Z',
  capacity: 56,
  details: { priceTiers },
  version: 1,
  images: [],
  ...(seating ? { seating: { planVersion: 1, plan: seating } } : {}),
  planVersions: seating ? 1 : 0,
  retiredSections: [],
});
const ids = ['t1', 't2', 't3', 't4'];
const code = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? error.code : String(error);
  }
  return 'no error';
};

describe('priceTickets', () => {
  it('prices each seat at its tier in the plan, and a standing place at its section tier', () => {
    const holds: HeldPlaces[] = [
      { holdId: 'h1', sectionId: 'stalls', quantity: 2, seatIds: ['stalls:A:1', 'stalls:B:1'] },
      { holdId: 'h2', sectionId: 'floor', quantity: 1 },
    ];
    const { tickets, holds: booked } = priceTickets(catalog(plan), holds, ids);
    expect(tickets.map((t) => [t.ticketId, t.seatId, t.tierId, t.price.amount])).toEqual([
      ['t1', 'stalls:A:1', 'premium', 6000],
      ['t2', 'stalls:B:1', 'standard', 2500],
      ['t3', undefined, 'free', 0],
    ]);
    expect(booked).toEqual([
      { holdId: 'h1', sectionId: 'stalls', quantity: 2 },
      { holdId: 'h2', sectionId: 'floor', quantity: 1 },
    ]);
  });

  it('lets the buyer pick a tier on an event without a plan, the only one by default', () => {
    const { tickets } = priceTickets(catalog(), [{ holdId: 'h1', quantity: 2, tierId: 'premium' }], ids);
    expect(tickets.map((t) => t.price.amount)).toEqual([6000, 6000]);
    const one = priceTickets(catalog(undefined, [tiers[0]]), [{ holdId: 'h1', quantity: 1 }], ids);
    expect(one.tickets[0].tierId).toBe('standard');
    expect(code(() => priceTickets(catalog(), [{ holdId: 'h1', quantity: 1 }], ids))).toBe('booking.tier-required');
  });

  it('refuses an unknown tier, and a tier other than the plan says (a tampered tier)', () => {
    expect(code(() => priceTickets(catalog(), [{ holdId: 'h1', quantity: 1, tierId: 'vip' }], ids))).toBe(
      'booking.unknown-tier',
    );
    const tampered: HeldPlaces = {
      holdId: 'h1',
      sectionId: 'stalls',
      quantity: 1,
      seatIds: ['stalls:A:1'],
      tierId: 'standard',
    };
    expect(code(() => priceTickets(catalog(plan), [tampered], ids))).toBe('booking.tier-mismatch');
  });

  it('refuses an event that is not on sale', () => {
    expect(code(() => priceTickets({ status: 'none' }, [{ holdId: 'h1', quantity: 1 }], ids))).toBe(
      'booking.not-on-sale',
    );
  });
});

describe('priceTickets: hidden tiers and presale holds', () => {
  const hidden: PriceTier[] = [
    { id: 'standard', name: 'Standard', price: money(2500, 'EUR') },
    { id: 'vip', name: 'VIP', price: money(9000, 'EUR'), hidden: true },
  ];
  const access = { promoId: 'p1', code: 'VIP', tierIds: ['vip'], presale: false };

  it('sells a hidden tier only with a code that unlocks it', () => {
    const holds: HeldPlaces[] = [{ holdId: 'h1', quantity: 1, tierId: 'vip' }];
    expect(code(() => priceTickets(catalog(undefined, hidden), holds, ids))).toBe('catalog.hidden-tier');
    expect(code(() => priceTickets(catalog(undefined, hidden), holds, ids, { ...access, tierIds: ['other'] }))).toBe(
      'catalog.hidden-tier',
    );
    const { tickets } = priceTickets(catalog(undefined, hidden), holds, ids, access);
    expect(tickets.map((t) => [t.tierId, t.price.amount])).toEqual([['vip', 9000]]);
  });

  it('defaults to the one public tier and never names a hidden one to a buyer without the code', () => {
    const { tickets } = priceTickets(catalog(undefined, hidden), [{ holdId: 'h1', quantity: 1 }], ids);
    expect(tickets.map((t) => t.tierId)).toEqual(['standard']);
    try {
      priceTickets(catalog(undefined, hidden), [{ holdId: 'h1', quantity: 1, tierId: 'nope' }], ids);
      throw new Error('not refused');
    } catch (error) {
      expect((error as DomainError).details).toEqual({ field: 'tierId', tiers: ['standard'] });
    }
  });

  it('checks a presale hold out only with the code it was held with', () => {
    const holds: HeldPlaces[] = [{ holdId: 'h1', quantity: 1, tierId: 'standard', accessPromoId: 'p1' }];
    expect(code(() => priceTickets(catalog(undefined, hidden), holds, ids))).toBe('booking.access-code-required');
    expect(code(() => priceTickets(catalog(undefined, hidden), holds, ids, { ...access, promoId: 'p2' }))).toBe(
      'booking.access-code-required',
    );
    expect(priceTickets(catalog(undefined, hidden), holds, ids, access).tickets).toHaveLength(1);
  });

  it('refuses a hold in a section sold at a hidden tier without the code (requireTierAccess)', () => {
    const tiersWithHiddenFloor = tiers.map((t) => (t.id === 'free' ? { ...t, hidden: true } : t));
    const state = catalog(plan, tiersWithHiddenFloor);
    expect(code(() => requireTierAccess(state, { sectionId: 'floor' }, []))).toBe('catalog.hidden-tier');
    expect(code(() => requireTierAccess(state, { sectionId: 'floor' }, ['free']))).toBe('no error');
    expect(code(() => requireTierAccess(state, { sectionId: 'stalls', seatIds: ['stalls:A:1'] }, []))).toBe('no error');
    const premiumHidden = catalog(
      plan,
      tiers.map((t) => (t.id === 'premium' ? { ...t, hidden: true } : t)),
    );
    expect(code(() => requireTierAccess(premiumHidden, { sectionId: 'stalls', seatIds: ['stalls:B:1'] }, []))).toBe(
      'no error',
    );
    expect(code(() => requireTierAccess(premiumHidden, { sectionId: 'stalls', seatIds: ['stalls:A:1'] }, []))).toBe(
      'catalog.hidden-tier',
    );
  });
});
