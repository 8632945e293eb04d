import { type Actor, DomainError, scenario } from '../kernel';
import type { GroupRequestCommand, GroupRequestTerms } from './group-requests.commands';
import { GRANT_VALID_HOURS, MAX_GROUP_REQUEST, grantFor } from './group-requests.decide';
import { groupRequestDecider } from './group-requests.decider';
import type { GroupRequestEvent } from './group-requests.events';
import { evolveGroupRequest, initialGroupRequestState } from './group-requests.state';

const T0 = Date.parse('2030-01-01T12:00:00.000Z');
const at = (hours: number) => new Date(T0 + hours * 3_600_000);
const alice: Actor = { userId: 'alice', roles: ['attendee'] };
const bob: Actor = { userId: 'bob', roles: ['attendee'] };
const olga: Actor = { userId: 'olga', roles: ['organizer'] };
const oscar: Actor = { userId: 'oscar', roles: ['organizer'] };
const admin: Actor = { userId: 'root', roles: ['admin'] };
const terms: GroupRequestTerms = { organizerId: 'olga', onSale: true, maxPerOrder: 4, placesLeft: 50 };

const cmd = <C extends GroupRequestCommand>(type: C['type'], data: C['data'], actor: Actor, hours = 0): C =>
  ({ type, data, metadata: { now: at(hours), actor } }) as C;
const request = (quantity = 30, extra: Partial<GroupRequestTerms> = {}, message = ' Our choir ') =>
  cmd(
    'RequestGroupBooking',
    { requestId: 'r1', eventId: 'e1', quantity, message, terms: { ...terms, ...extra } },
    alice,
  );
const requested: GroupRequestEvent = {
  type: 'GroupBookingRequested',
  data: {
    requestId: 'r1',
    eventId: 'e1',
    organizerId: 'olga',
    requesterId: 'alice',
    quantity: 30,
    maxPerOrder: 4,
    message: 'Our choir',
  },
};
const approved = (by = 'olga', hours: number = GRANT_VALID_HOURS.default): GroupRequestEvent => ({
  type: 'GroupBookingApproved',
  data: {
    requestId: 'r1',
    eventId: 'e1',
    requesterId: 'alice',
    quantity: 30,
    by,
    reason: '',
    validUntil: at(hours).toISOString(),
  },
});
const declined: GroupRequestEvent = {
  type: 'GroupBookingDeclined',
  data: { requestId: 'r1', eventId: 'e1', requesterId: 'alice', by: 'olga', reason: 'Too many' },
};
const used = (holdId = 'h1', quantity = 30): GroupRequestEvent => ({
  type: 'GroupGrantUsed',
  data: { requestId: 'r1', eventId: 'e1', requesterId: 'alice', holdId, quantity },
});
const use = (actor = alice, quantity = 30, hours = 1, holdId = 'h1', eventId = 'e1') =>
  cmd('UseGroupGrant', { requestId: 'r1', eventId, holdId, quantity }, actor, hours);

const given = scenario(groupRequestDecider).given;

describe('RequestGroupBooking', () => {
  it('records a request above the per-order limit, with the event organizer who may answer it', () => {
    given([]).when(request()).then([requested]);
  });

  it('refuses a size within the limit, above the maximum or above the places left, and an event not on sale', () => {
    given([]).when(request(4)).thenFails('group-request.within-limit');
    given([])
      .when(request(MAX_GROUP_REQUEST + 1, { placesLeft: 500 }))
      .thenFails('group-request.too-large');
    given([]).when(request(2.5)).thenFails('group-request.too-large');
    given([])
      .when(request(30, { placesLeft: 29 }))
      .thenFails('group-request.not-enough-places');
    given([])
      .when(request(30, { onSale: false }))
      .thenFails('group-request.not-on-sale');
    given([])
      .when(request(30, {}, 'x'.repeat(1001)))
      .thenFails('group-request.bad-message');
    given([requested]).when(request()).thenFails('group-request.exists');
  });
});

describe('ApproveGroupRequest / DeclineGroupRequest', () => {
  it('lets the event organizer or an admin approve, for the validity asked', () => {
    given([requested])
      .when(cmd('ApproveGroupRequest', { requestId: 'r1' }, olga))
      .then([approved()]);
    given([requested])
      .when(cmd('ApproveGroupRequest', { requestId: 'r1', validHours: 5 }, admin))
      .then([approved('root', 5)]);
  });

  it('reads as unknown for anyone else, and refuses a second answer', () => {
    for (const actor of [oscar, alice, bob]) {
      given([requested])
        .when(cmd('ApproveGroupRequest', { requestId: 'r1' }, actor))
        .thenFails('group-request.not-found');
    }
    given([])
      .when(cmd('ApproveGroupRequest', { requestId: 'r1' }, admin))
      .thenFails('group-request.not-found');
    given([requested, approved()])
      .when(cmd('ApproveGroupRequest', { requestId: 'r1' }, olga))
      .thenFails('group-request.decided');
    given([requested, approved()])
      .when(cmd('DeclineGroupRequest', { requestId: 'r1', reason: 'No' }, olga))
      .thenFails('group-request.decided');
    given([requested, declined])
      .when(cmd('ApproveGroupRequest', { requestId: 'r1' }, olga))
      .thenFails('group-request.decided');
    given([requested])
      .when(cmd('ApproveGroupRequest', { requestId: 'r1', validHours: GRANT_VALID_HOURS.max + 1 }, olga))
      .thenFails('group-request.bad-validity');
  });

  it('declines with a reason, and needs one', () => {
    given([requested])
      .when(cmd('DeclineGroupRequest', { requestId: 'r1', reason: ' Too many ' }, olga))
      .then([declined]);
    given([requested])
      .when(cmd('DeclineGroupRequest', { requestId: 'r1', reason: ' ' }, olga))
      .thenFails('group-request.bad-reason');
  });
});

describe('UseGroupGrant / ReturnGroupGrant', () => {
  it('spends an approval once, on one hold of up to its size, by its requester, while it holds', () => {
    given([requested, approved()]).when(use()).then([used()]);
    given([requested, approved()])
      .when(use(alice, 20))
      .then([used('h1', 20)]);
    given([requested, approved(), used()]).when(use()).then([]); // the same hold again: a no-op
    given([requested, approved(), used()])
      .when(use(alice, 30, 1, 'h2'))
      .thenFails('group-request.used');
    given([requested, approved()]).when(use(bob)).thenFails('group-request.not-found');
    given([requested, approved()]).when(use(alice, 31)).thenFails('group-request.too-many');
    given([requested, approved()])
      .when(use(alice, 30, GRANT_VALID_HOURS.default))
      .thenFails('group-request.expired');
    given([requested, approved()])
      .when(use(alice, 30, 1, 'h1', 'e2'))
      .thenFails('group-request.other-event');
    given([requested]).when(use()).thenFails('group-request.not-approved');
    given([requested, declined]).when(use()).thenFails('group-request.declined');
  });

  it('gives back an approval spent on a refused hold (once), so it can be spent again', () => {
    const returned: GroupRequestEvent = {
      type: 'GroupGrantReturned',
      data: { requestId: 'r1', eventId: 'e1', requesterId: 'alice', holdId: 'h1', reason: 'refused' },
    };
    const giveBack = cmd('ReturnGroupGrant', { requestId: 'r1', holdId: 'h1', reason: 'refused' }, alice);
    given([requested, approved(), used()]).when(giveBack).then([returned]);
    given([requested, approved(), used(), returned]).when(giveBack).then([]);
    given([requested, approved(), used('h2')])
      .when(giveBack)
      .then([]);
    given([requested, approved(), used(), returned])
      .when(use(alice, 30, 1, 'h3'))
      .then([used('h3')]);
  });

  it('grantFor answers the size the hold use case may take', () => {
    const state = [requested, approved()].reduce(evolveGroupRequest, initialGroupRequestState());
    expect(grantFor(state, { requestId: 'r1', eventId: 'e1', actor: alice, now: at(1), quantity: 12 })).toBe(30);
    expect(() => grantFor(state, { requestId: 'r1', eventId: 'e1', actor: bob, now: at(1), quantity: 12 })).toThrow(
      DomainError,
    );
  });
});
