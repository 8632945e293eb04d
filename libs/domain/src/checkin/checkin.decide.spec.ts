import { type Actor, scenario } from '../kernel';
import type { CheckInTicket, ScannedTicket } from './checkin.commands';
import { checkinDecider } from './checkin.decider';
import type { CheckinEvent, ScanPlace } from './checkin.events';

const T0 = Date.parse('2030-01-01T19:00:00.000Z');
const iso = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();
const organizer: Actor = { userId: 'org', roles: ['organizer'] };
const otherOrganizer: Actor = { userId: 'org2', roles: ['organizer'] };
const ops: Actor = { userId: 'door', roles: ['ops'] };
const eventId = 'e1';
const ticket: ScannedTicket = { ticketId: 't1', bookingId: 'b1', sectionId: 'stalls', status: 'valid' };
const scan = (scanNonce: string, minutes: number, gate = 'North', scannerId?: string): ScanPlace => ({
  scanNonce,
  gate,
  scannedAt: iso(minutes),
  ...(scannerId ? { scannerId } : {}),
});
const checkIn = (
  place: ScanPlace,
  { now = 30, actor = organizer, offline = false, scanned = ticket } = {},
): CheckInTicket => ({
  type: 'CheckInTicket',
  data: { eventId, organizerId: 'org', ticket: scanned, scan: place, offline },
  metadata: { now: new Date(T0 + now * 60_000), actor },
});
const checkedIn = (place: ScanPlace, offline = false): CheckinEvent => ({
  type: 'TicketCheckedIn',
  data: { eventId, ticketId: 't1', bookingId: 'b1', sectionId: 'stalls', ...place, offline },
});
const given = scenario(checkinDecider).given;

describe('check-in decider', () => {
  it('checks a valid ticket in once, at the scan’s device time', () => {
    given([])
      .when(checkIn(scan('n1', 1)))
      .then([checkedIn(scan('n1', 1))]);
  });

  it('answers a second scan with a double use naming the first (refused at the door when online)', () => {
    given([checkedIn(scan('n1', 1))])
      .when(checkIn(scan('n2', 5, 'South')))
      .then([
        {
          type: 'DoubleUseDetected',
          data: {
            eventId,
            ticketId: 't1',
            bookingId: 'b1',
            scanNonce: 'n2',
            first: scan('n1', 1),
            second: scan('n2', 5, 'South'),
            admitted: false,
          },
        },
      ]);
  });

  it('decides nothing for a retried scan (same nonce), whatever it answered first', () => {
    given([checkedIn(scan('n1', 1))])
      .when(checkIn(scan('n1', 1)))
      .then([]);
    const doubleUse: CheckinEvent = {
      type: 'DoubleUseDetected',
      data: {
        eventId,
        ticketId: 't1',
        bookingId: 'b1',
        scanNonce: 'n2',
        first: scan('n1', 1),
        second: scan('n2', 2),
        admitted: false,
      },
    };
    given([checkedIn(scan('n1', 1)), doubleUse])
      .when(checkIn(scan('n2', 2)))
      .then([]);
  });

  it('refuses a nonce already used for another ticket', () => {
    given([checkedIn(scan('n1', 1))])
      .when(checkIn(scan('n1', 2), { scanned: { ...ticket, ticketId: 't2' } }))
      .thenFails('checkin.nonce-reused');
  });

  it('records a double use from two offline scanners, ordered by device time, with the second admitted', () => {
    // Scanner B uploads first (its scan at 19:10); scanner A's scan at 19:04 arrives later: A was first.
    given([checkedIn(scan('b1', 10, 'South', 'B'), true)])
      .when(checkIn(scan('a1', 4, 'North', 'A'), { offline: true }))
      .then([
        {
          type: 'DoubleUseDetected',
          data: {
            eventId,
            ticketId: 't1',
            bookingId: 'b1',
            scanNonce: 'a1',
            first: scan('a1', 4, 'North', 'A'),
            second: scan('b1', 10, 'South', 'B'),
            admitted: true,
          },
        },
      ]);
  });

  it('names the earliest use as first after a device-time reordering', () => {
    const reordered: CheckinEvent = {
      type: 'DoubleUseDetected',
      data: {
        eventId,
        ticketId: 't1',
        bookingId: 'b1',
        scanNonce: 'a1',
        first: scan('a1', 4, 'North', 'A'),
        second: scan('b1', 10, 'South', 'B'),
        admitted: true,
      },
    };
    given([checkedIn(scan('b1', 10, 'South', 'B'), true), reordered])
      .when(checkIn(scan('c1', 20, 'West')))
      .then([
        {
          type: 'DoubleUseDetected',
          data: {
            eventId,
            ticketId: 't1',
            bookingId: 'b1',
            scanNonce: 'c1',
            first: scan('a1', 4, 'North', 'A'),
            second: scan('c1', 20, 'West'),
            admitted: false,
          },
        },
      ]);
  });

  it('dates a scan from a device clock ahead of the server at the server’s time', () => {
    given([])
      .when(checkIn(scan('n1', 90), { now: 30 }))
      .then([checkedIn(scan('n1', 30))]);
  });

  it('refuses a revoked ticket, but still answers a retry of its earlier check-in', () => {
    given([])
      .when(checkIn(scan('n1', 1), { scanned: { ...ticket, status: 'revoked' } }))
      .thenFails('checkin.ticket-revoked');
    given([checkedIn(scan('n1', 1))])
      .when(checkIn(scan('n1', 1), { scanned: { ...ticket, status: 'revoked' } }))
      .then([]);
  });

  it('lets the event’s organizer, admins and ops scan; another organizer finds no such event', () => {
    given([])
      .when(checkIn(scan('n1', 1), { actor: ops }))
      .then([checkedIn(scan('n1', 1))]);
    given([])
      .when(checkIn(scan('n1', 1), { actor: otherOrganizer }))
      .thenFails('checkin.event-not-found');
  });
});
