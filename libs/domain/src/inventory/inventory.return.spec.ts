import { type Actor, fold, scenario } from '../kernel';
import type { InventoryCommand, ReturnSoldSeats } from './inventory.commands';
import { inventoryDecider } from './inventory.decider';
import type { InventoryEvent, SoldSeatsReturned } from './inventory.events';
import { freeSeats, isTaken } from './inventory.state';

const eventId = '0190b5a5-2f1e-7cc3-9f8e-3c6a1b2d4e5f';
const T0 = Date.parse('2030-01-01T12:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);
const iso = (seconds: number) => at(seconds).toISOString();
const system: Actor = { userId: 'system:booking-seats', roles: [] };
const seats = ['hall:A:1', 'hall:A:2', 'hall:A:3'];

const cmd = <C extends InventoryCommand>(type: C['type'], data: C['data'], actor = system): C =>
  ({ type, data, metadata: { now: at(0), actor } }) as C;
const returning = (holdId: string, bookingId: string, tickets: ReturnSoldSeats['data']['tickets']) =>
  cmd<ReturnSoldSeats>('ReturnSoldSeats', { eventId, holdId, bookingId, tickets });

const seated: InventoryEvent[] = [
  { type: 'InventoryOpened', data: { eventId, capacity: 3, seatIds: seats } },
  {
    type: 'SeatsHeld',
    data: { eventId, holdId: 'h1', holderId: 'alice', quantity: 2, expiresAt: iso(600), seatIds: seats.slice(0, 2) },
  },
  {
    type: 'HoldCheckedOut',
    data: {
      eventId,
      holdId: 'h1',
      holderId: 'alice',
      bookingId: 'b1',
      quantity: 2,
      expiresAt: iso(900),
      seatIds: seats.slice(0, 2),
    },
  },
  {
    type: 'SeatsSold',
    data: { eventId, holdId: 'h1', holderId: 'alice', bookingId: 'b1', quantity: 2, seatIds: seats.slice(0, 2) },
  },
];
const returned = (ticketIds: string[], seatIds: string[]): SoldSeatsReturned => ({
  type: 'SoldSeatsReturned',
  data: { eventId, holdId: 'h1', bookingId: 'b1', quantity: ticketIds.length, ticketIds, seatIds },
});

const given = scenario(inventoryDecider).given;

describe('ReturnSoldSeats', () => {
  it("puts a cancelled ticket's sold seat back on sale", () => {
    given(seated)
      .when(returning('h1', 'b1', [{ ticketId: 't1', seatId: 'hall:A:1' }]))
      .then([returned(['t1'], ['hall:A:1'])]);
    const state = fold(inventoryDecider, [...seated, returned(['t1'], ['hall:A:1'])]);
    expect(isTaken(state, 'hall:A:1', at(99_999))).toBe(false);
    expect(isTaken(state, 'hall:A:2', at(99_999))).toBe(true);
    expect(freeSeats(state, at(99_999))).toBe(2);
  });

  it('returns each ticket once: a re-run or a ticket named twice returns nothing more', () => {
    given([...seated, returned(['t1'], ['hall:A:1'])])
      .when(returning('h1', 'b1', [{ ticketId: 't1', seatId: 'hall:A:1' }]))
      .then([]);
    given(seated)
      .when(
        returning('h1', 'b1', [
          { ticketId: 't2', seatId: 'hall:A:2' },
          { ticketId: 't2', seatId: 'hall:A:2' },
        ]),
      )
      .then([returned(['t2'], ['hall:A:2'])]);
  });

  it('returns nothing of a hold not sold to this booking, nor a seat that is not sold', () => {
    given(seated.slice(0, 3))
      .when(returning('h1', 'b1', [{ ticketId: 't1', seatId: 'hall:A:1' }]))
      .then([]); // checked out, not sold: the booking-seats policy sells it first
    given(seated)
      .when(returning('h1', 'b2', [{ ticketId: 't1', seatId: 'hall:A:1' }]))
      .then([]);
    given(seated)
      .when(returning('h1', 'b1', [{ ticketId: 't3', seatId: 'hall:A:3' }]))
      .then([]);
  });

  it('counts places of a standing partition by ticket', () => {
    const standing: InventoryEvent[] = [
      { type: 'InventoryOpened', data: { eventId, capacity: 5 } },
      { type: 'SeatsHeld', data: { eventId, holdId: 'h1', holderId: 'alice', quantity: 3, expiresAt: iso(600) } },
      {
        type: 'HoldCheckedOut',
        data: { eventId, holdId: 'h1', holderId: 'alice', bookingId: 'b1', quantity: 3, expiresAt: iso(900) },
      },
      { type: 'SeatsSold', data: { eventId, holdId: 'h1', holderId: 'alice', bookingId: 'b1', quantity: 3 } },
    ];
    const back: SoldSeatsReturned = {
      type: 'SoldSeatsReturned',
      data: { eventId, holdId: 'h1', bookingId: 'b1', quantity: 2, ticketIds: ['t1', 't2'] },
    };
    given(standing)
      .when(returning('h1', 'b1', [{ ticketId: 't1' }, { ticketId: 't2' }]))
      .then([back]);
    expect(freeSeats(fold(inventoryDecider, [...standing, back]), at(0))).toBe(4);
  });
});
