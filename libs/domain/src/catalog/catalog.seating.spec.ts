import { type Actor, type Money, scenario } from '../kernel';
import type { ClearSeatingPlan, SetSeatingPlan, UpdateEventDetails } from './catalog.commands';
import { catalogDecider } from './catalog.decider';
import type { CatalogEvent, EventCreated } from './catalog.events';
import { evolveCatalog, initialCatalogState } from './catalog.state';
import { type SeatingPlan, type Sold, gridRows, nothingSold } from './seating';

const eventId = '0190b5a5-2f1e-7cc3-9f8e-3c6a1b2d4e5f';
const now = new Date('2030-01-01T12:00:00.000Z');
const organizer: Actor = { userId: 'organizer-1', roles: ['organizer'] };
const stranger: Actor = { userId: 'organizer-2', roles: ['organizer'] };
const admin: Actor = { userId: 'admin-1', roles: ['admin'] };
const eur = (amount: number): Money => ({ amount, currency: 'EUR' });

const created: EventCreated = {
  type: 'EventCreated',
  data: {
    eventId,
    organizerId: organizer.userId,
    title: 'Hamlet',
    description: '',
    category: 'theatre',
    startsAt: '2030-06-01T19:30:00.000Z',
    venue: { name: 'Globe', city: 'London', country: 'GB' },
    capacity: 100,
  },
};
const tiers: CatalogEvent = {
  type: 'EventDetailsUpdated',
  data: {
    eventId,
    changes: {
      priceTiers: [
        { id: 'standard', name: 'Standard', price: eur(3000) },
        { id: 'premium', name: 'Premium', price: eur(6000) },
      ],
    },
    buyerFacing: false,
  },
};
const theatre = (seatsPerRow = 10): SeatingPlan => ({
  sections: [
    {
      id: 'stalls',
      name: 'Stalls',
      kind: 'seated',
      priceTierId: 'standard',
      placement: { x: 0, y: 0 },
      shape: { type: 'straight' },
      rows: gridRows({ rows: 2, seatsPerRow }),
      exceptions: [],
    },
  ],
});
const planSet = (planVersion: number, plan = theatre()): CatalogEvent => ({
  type: 'SeatingPlanSet',
  data: { eventId, planVersion, plan, capacity: plan.sections.length * 20 },
});
const setPlan = (plan: SeatingPlan, by: Actor = organizer, sold: Sold = nothingSold()): SetSeatingPlan => ({
  type: 'SetSeatingPlan',
  data: { eventId, plan, sold },
  metadata: { now, actor: by },
});
const clear = (by: Actor = organizer): ClearSeatingPlan => ({
  type: 'ClearSeatingPlan',
  data: { eventId },
  metadata: { now, actor: by },
});
const edit = (changes: UpdateEventDetails['data']['changes']): UpdateEventDetails => ({
  type: 'UpdateEventDetails',
  data: { eventId, changes, allowedCategories: ['music', 'theatre'] },
  metadata: { now, actor: organizer },
});
const submitted: CatalogEvent = { type: 'EventSubmitted', data: { eventId, version: 3 } };
const approved: CatalogEvent = { type: 'EventApproved', data: { eventId, by: admin.userId, version: 3 } };
const published: CatalogEvent = { type: 'EventPublished', data: { eventId, publishedAt: now.toISOString() } };

const given = scenario(catalogDecider).given;
const fold = (events: CatalogEvent[]) => events.reduce(evolveCatalog, initialCatalogState());

describe('SetSeatingPlan', () => {
  it('sets version 1 of the plan with its capacity; the owner or an admin may', () => {
    given([created, tiers])
      .when(setPlan(theatre()))
      .then([planSet(1)]);
    given([created, tiers])
      .when(setPlan(theatre(), admin))
      .then([planSet(1)]);
  });

  it('counts versions, makes the plan the capacity and sends an approved event back to draft', () => {
    given([created, tiers, planSet(1)])
      .when(setPlan(theatre(12)))
      .then([{ type: 'SeatingPlanSet', data: { eventId, planVersion: 2, plan: theatre(12), capacity: 24 } }]);
    const state = fold([created, tiers, planSet(1), submitted, approved, planSet(2, theatre(12))]);
    expect(state).toMatchObject({ status: 'draft', capacity: 20, details: { capacity: 20 }, planVersions: 2 });
  });

  it('appends nothing when the plan does not change', () => {
    given([created, tiers, planSet(1)])
      .when(setPlan(theatre()))
      .then([]);
  });

  it('refuses a stranger, a submitted event and an unknown price tier', () => {
    expect(given([created, tiers]).when(setPlan(theatre(), stranger)).thenFails('catalog.event-not-found').kind).toBe(
      'not-found',
    );
    given([created, tiers, submitted]).when(setPlan(theatre())).thenFails('catalog.illegal-transition');
    const error = given([created]).when(setPlan(theatre())).thenFails('catalog.invalid-seating-plan');
    expect(error.details.field).toBe('sections[0].priceTierId');
  });

  it('on a published event, keeps sold seats: adding seats is fine, removing or repricing a sold one is not', () => {
    const history = [created, tiers, planSet(1), submitted, approved, published];
    const sold: Sold = { seats: new Map([['stalls:A:3', 'standard']]), standing: new Map() };
    given(history)
      .when(setPlan(theatre(12), organizer, sold))
      .then([{ type: 'SeatingPlanSet', data: { eventId, planVersion: 2, plan: theatre(12), capacity: 24 } }]);
    const smaller = given(history)
      .when(setPlan(theatre(2), organizer, sold))
      .thenFails('catalog.sold-seats-changed');
    expect(smaller.details.removed).toEqual(['stalls:A:3']);
    const premium = theatre();
    const repriced = { sections: [{ ...premium.sections[0], priceTierId: 'premium' }] } as SeatingPlan;
    given(history)
      .when(setPlan(repriced, organizer, sold))
      .thenFails('catalog.sold-seats-changed');
    expect(fold([...history, planSet(2, theatre(12))]).status).toBe('published');
  });

  it('refuses a plan for an event that went on sale without one', () => {
    given([created, tiers, submitted, approved, published]).when(setPlan(theatre())).thenFails('catalog.plan-locked');
  });

  it('remembers sections a new plan drops, so their inventory closes', () => {
    const arena: SeatingPlan = {
      sections: [theatre().sections[0], { ...theatre().sections[0], id: 'balcony', name: 'Balcony' }],
    };
    const state = fold([created, tiers, planSet(1, arena), planSet(2, theatre())]);
    expect(state).toMatchObject({ retiredSections: ['balcony'] });
    expect(fold([created, tiers, planSet(1, arena), planSet(2, theatre()), planSet(3, arena)])).toMatchObject({
      retiredSections: [],
    });
  });
});

describe('ClearSeatingPlan', () => {
  it('goes back to a plain capacity before publication, and not after', () => {
    given([created, tiers, planSet(1)])
      .when(clear())
      .then([{ type: 'SeatingPlanCleared', data: { eventId } }]);
    given([created, tiers]).when(clear()).then([]);
    given([created, tiers, planSet(1), submitted, approved, published])
      .when(clear())
      .thenFails('catalog.plan-locked');
    const state = fold([created, tiers, planSet(1), { type: 'SeatingPlanCleared', data: { eventId } }]);
    expect(state).toMatchObject({ capacity: 20, retiredSections: ['stalls'] });
    expect(state.status !== 'none' && state.seating).toBeUndefined();
  });
});

describe('details edits meet the plan', () => {
  it('refuse a capacity other than the plan’s', () => {
    given([created, tiers, planSet(1)])
      .when(edit({ capacity: 300 }))
      .thenFails('catalog.capacity-from-plan');
    given([created, tiers, planSet(1)])
      .when(edit({ capacity: 20 }))
      .then([]);
  });

  it('refuse dropping a price tier the plan uses, and allow dropping one it does not', () => {
    const error = given([created, tiers, planSet(1)])
      .when(edit({ priceTiers: [{ id: 'premium', name: 'Premium', price: eur(6000) }] }))
      .thenFails('catalog.tier-in-use');
    expect(error.details).toEqual({ field: 'priceTiers', tiers: ['standard'] });
    given([created, tiers, planSet(1)])
      .when(edit({ priceTiers: [{ id: 'standard', name: 'Standard', price: eur(3500) }] }))
      .then([
        {
          type: 'EventDetailsUpdated',
          data: {
            eventId,
            changes: { priceTiers: [{ id: 'standard', name: 'Standard', price: eur(3500) }] },
            buyerFacing: false,
          },
        },
      ]);
  });
});
