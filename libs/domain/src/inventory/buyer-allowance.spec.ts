import { type Actor, scenario } from '../kernel';
import {
  type AllowanceEvent,
  type ExtendAllowance,
  type ReserveAllowance,
  type ReturnAllowance,
  allowanceDecider,
  allowanceId,
} from './buyer-allowance';

const eventId = '0190b5a5-2f1e-7cc3-9f8e-3c6a1b2d4e5f';
const T0 = Date.parse('2030-01-01T12:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);
const alice: Actor = { userId: 'alice', roles: ['attendee'] };
const given = scenario(allowanceDecider).given;

const reserve = (holdId: string, quantity: number, limit = 6, second = 0): ReserveAllowance => ({
  type: 'ReserveAllowance',
  data: { eventId, holdId, quantity, ttlSeconds: 600, rules: { maxPerOrder: 10, maxPerBuyer: limit } },
  metadata: { now: at(second), actor: alice },
});
const giveBack = (holdId: string, by: Actor = alice): ReturnAllowance => ({
  type: 'ReturnAllowance',
  data: { eventId, buyerId: 'alice', holdId },
  metadata: { now: at(0), actor: by },
});
const reserved = (holdId: string, quantity: number, limit = 6, second = 0): AllowanceEvent => ({
  type: 'AllowanceReserved',
  data: { eventId, buyerId: 'alice', holdId, quantity, expiresAt: at(second + 600).toISOString(), limit },
});
const returned = (holdId: string): AllowanceEvent => ({
  type: 'AllowanceReturned',
  data: { eventId, buyerId: 'alice', holdId },
});

describe('buyer allowance', () => {
  it('names one stream per buyer and event', () => {
    expect(allowanceId(eventId, 'alice')).toBe(`${eventId}.alice`);
  });

  it('reserves places up to the limit, across holds', () => {
    given([])
      .when(reserve('h1', 4))
      .then([reserved('h1', 4)]);
    given([reserved('h1', 4)])
      .when(reserve('h2', 2))
      .then([reserved('h2', 2)]);
  });

  it('refuses a hold that would take the buyer past the limit, saying how many are left', () => {
    const error = given([reserved('h1', 4)])
      .when(reserve('h2', 3))
      .thenFails('inventory.buyer-limit');
    expect(error.kind).toBe('conflict');
    expect(error.message).toBe('At most 6 tickets per buyer for this event: you hold 4, so 2 more at most');
    expect(error.details).toEqual({ max: 6, held: 4, requested: 3 });
  });

  it('no longer counts returned places, nor lapsed ones', () => {
    given([reserved('h1', 4), returned('h1')])
      .when(reserve('h2', 6))
      .then([reserved('h2', 6)]);
    given([reserved('h1', 4)])
      .when(reserve('h2', 6, 6, 600))
      .then([reserved('h2', 6, 6, 600)]);
    given([reserved('h1', 4)])
      .when(reserve('h2', 6, 6, 599))
      .thenFails('inventory.buyer-limit');
  });

  it('applies the limit the event has now (a lowered limit refuses more)', () => {
    given([reserved('h1', 4)])
      .when(reserve('h2', 1, 4))
      .thenFails('inventory.buyer-limit');
  });

  it('refuses first what the partition would refuse for its size or timing, reserving nothing', () => {
    given([])
      .when(reserve('h1', 11, 20))
      .thenFails('inventory.order-limit');
    const early: ReserveAllowance = {
      ...reserve('h1', 1),
      data: { ...reserve('h1', 1).data, rules: { maxPerOrder: 10, maxPerBuyer: 6, opensAt: at(60).toISOString() } },
    };
    given([]).when(early).thenFails('inventory.sales-not-open');
  });

  it('reserves a hold once and returns it once (retries append nothing)', () => {
    given([reserved('h1', 4)])
      .when(reserve('h1', 4))
      .then([]);
    given([reserved('h1', 4)])
      .when(giveBack('h1'))
      .then([returned('h1')]);
    given([reserved('h1', 4), returned('h1')])
      .when(giveBack('h1'))
      .then([]);
    given([]).when(giveBack('h1')).then([]);
  });

  it('keeps a checked-out hold counting until the payment deadline', () => {
    const extend = (holdId: string, second: number): ExtendAllowance => ({
      type: 'ExtendAllowance',
      data: { eventId, buyerId: 'alice', holdId, expiresAt: at(second).toISOString() },
      metadata: { now: at(0), actor: alice },
    });
    const extended: AllowanceEvent = {
      type: 'AllowanceExtended',
      data: { eventId, buyerId: 'alice', holdId: 'h1', expiresAt: at(900).toISOString() },
    };
    given([reserved('h1', 4)])
      .when(extend('h1', 900))
      .then([extended]);
    given([reserved('h1', 4), extended])
      .when(extend('h1', 900))
      .then([]);
    given([reserved('h1', 4)])
      .when(extend('h1', 300))
      .then([]); // counts longer already
    given([]).when(extend('h1', 900)).then([]); // never reserved: the event had no limit
    // Past the hold's own expiry (600 s) the places still count: 4 + 3 > 6.
    given([reserved('h1', 4), extended])
      .when(reserve('h2', 3, 6, 700))
      .thenFails('inventory.buyer-limit');
    given([reserved('h1', 4)])
      .when(reserve('h2', 3, 6, 700))
      .then([reserved('h2', 3, 6, 700)]);
  });
});
