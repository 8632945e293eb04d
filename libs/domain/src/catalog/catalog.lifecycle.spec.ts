import { type Actor, type Role, scenario } from '../kernel';
import type { CatalogCommand } from './catalog.commands';
import { catalogDecider } from './catalog.decider';
import type { CatalogEvent } from './catalog.events';

const eventId = 'e1';
const now = new Date('2030-01-01T12:00:00.000Z');
const actor = (userId: string, ...roles: Role[]): Actor => ({ userId, roles });
const organizer = actor('org-1', 'organizer');
const admin = actor('admin-1', 'admin');
const stranger = actor('org-2', 'organizer');
/** Active slugs; "festival" (the event's category below) has been retired since. */
const ALLOWED = ['music', 'theatre'];
const cmd = <T extends CatalogCommand['type']>(
  type: T,
  data: Omit<Extract<CatalogCommand, { type: T }>['data'], 'eventId' | 'allowedCategories'> = {} as never,
  by = organizer,
  at = now,
) =>
  ({
    type,
    data: { eventId, ...(type === 'UpdateEventDetails' ? { allowedCategories: ALLOWED } : {}), ...data },
    metadata: { now: at, actor: by },
  }) as unknown as Extract<CatalogCommand, { type: T }>;

const created: CatalogEvent = {
  type: 'EventCreated',
  data: {
    eventId,
    organizerId: 'org-1',
    title: 'Night Market',
    description: '',
    category: 'festival',
    startsAt: '2030-06-01T18:00:00.000Z',
    venue: { name: 'Harbour', city: 'Lisbon', country: 'PT' },
    capacity: 300,
  },
};
const priced: CatalogEvent = {
  type: 'EventDetailsUpdated',
  data: {
    eventId,
    changes: { priceTiers: [{ id: 'std', name: 'Standard', price: { amount: 1500, currency: 'EUR' } }] },
    buyerFacing: false,
  },
};
const submitted: CatalogEvent = { type: 'EventSubmitted', data: { eventId, version: 2 } };
const approvedEv: CatalogEvent = { type: 'EventApproved', data: { eventId, by: 'admin-1', version: 2 } };
const publishedEv: CatalogEvent = { type: 'EventPublished', data: { eventId, publishedAt: now.toISOString() } };
const given = scenario(catalogDecider).given;

describe('event lifecycle', () => {
  it('cannot be submitted without what a buyer needs, naming the missing field', () => {
    const error = given([created]).when(cmd('SubmitEvent')).thenFails('catalog.incomplete');
    expect(error.details).toMatchObject({ field: 'priceTiers', missing: ['priceTiers'] });
  });

  it('goes draft → submitted → approved → published, each step by the right person', () => {
    given([created, priced]).when(cmd('SubmitEvent')).then([submitted]);
    given([created, priced, submitted])
      .when(cmd('ApproveEvent', {}, organizer))
      .thenFails('catalog.admin-only');
    given([created, priced, submitted])
      .when(cmd('ApproveEvent', {}, admin))
      .then([approvedEv]);
    given([created, priced, submitted, approvedEv])
      .when(cmd('PublishEvent', {}, stranger))
      .thenFails('catalog.event-not-found');
    given([created, priced, submitted, approvedEv]).when(cmd('PublishEvent')).then([publishedEv]);
  });

  it('rejects with a reason; the organizer edits and submits again', () => {
    const rejected: CatalogEvent = {
      type: 'EventRejected',
      data: { eventId, by: 'admin-1', reason: 'Add an accessible entrance' },
    };
    given([created, priced, submitted])
      .when(cmd('RejectEvent', { reason: 'Add an accessible entrance' }, admin))
      .then([rejected]);
    given([created, priced, submitted])
      .when(cmd('RejectEvent', { reason: 'no' }, admin))
      .thenFails('catalog.invalid-field');
    given([created, priced, submitted, rejected])
      .when(cmd('SubmitEvent'))
      .then([{ type: 'EventSubmitted', data: { eventId, version: 2 } }]);
  });

  it('lets the organizer withdraw a submission, and refuses edits while submitted', () => {
    given([created, priced, submitted])
      .when(cmd('WithdrawSubmission'))
      .then([{ type: 'EventSubmissionWithdrawn', data: { eventId } }]);
    const error = given([created, priced, submitted])
      .when(cmd('UpdateEventDetails', { changes: { title: 'New title' } }))
      .thenFails('catalog.illegal-transition');
    expect(error.message).toMatch(/withdraw the submission first/);
  });

  it.each([
    ['publish a draft', [created], 'PublishEvent', organizer],
    ['approve a draft', [created], 'ApproveEvent', admin],
    [
      'withdraw a published event',
      [created, priced, submitted, approvedEv, publishedEv],
      'WithdrawSubmission',
      organizer,
    ],
    ['submit a published event', [created, priced, submitted, approvedEv, publishedEv], 'SubmitEvent', organizer],
    ['complete an unpublished event', [created], 'CompleteEvent', admin],
  ] as const)('refuses to %s (409)', (_label, history, type, by) => {
    const error = given([...history])
      .when(cmd(type as 'PublishEvent', { reason: 'because' } as never, by))
      .thenFails('catalog.illegal-transition');
    expect(error.kind).toBe('conflict');
  });

  it('answers 404, never 403, to anyone who may not see an unpublished event, whatever they ask', () => {
    const unknown = given([])
      .when(cmd('SubmitEvent', {}, stranger))
      .thenFails('catalog.event-not-found');
    for (const [type, data] of [
      ['SubmitEvent', {}],
      ['WithdrawSubmission', {}],
      ['ApproveEvent', {}],
      ['RejectEvent', { reason: 'Not for you' }],
      ['CancelEvent', { reason: 'Not for you' }],
    ] as const) {
      const error = given([created, priced, submitted])
        .when(cmd(type, data, stranger))
        .thenFails('catalog.event-not-found');
      expect([error.kind, error.message]).toEqual([unknown.kind, unknown.message]);
    }
  });

  it('cancels a published event with a reason, by its organizer or an admin', () => {
    const history = [created, priced, submitted, approvedEv, publishedEv];
    given(history)
      .when(cmd('CancelEvent', { reason: 'Storm warning' }))
      .then([{ type: 'EventCancelled', data: { eventId, by: 'org-1', reason: 'Storm warning' } }]);
    given(history)
      .when(cmd('CancelEvent', { reason: 'Storm warning' }, stranger))
      .thenFails('catalog.not-event-organizer');
  });

  it('sends an edited approved event back to review, and flags buyer-facing changes of a published one', () => {
    const state = [created, priced, submitted, approvedEv];
    given(state)
      .when(cmd('UpdateEventDetails', { changes: { tags: ['Night', 'food '] } }))
      .then([
        { type: 'EventDetailsUpdated', data: { eventId, changes: { tags: ['night', 'food'] }, buyerFacing: false } },
      ]);
    given([...state, publishedEv])
      .when(cmd('UpdateEventDetails', { changes: { startsAt: '2030-06-02T18:00:00+00:00' } }))
      .then([
        {
          type: 'EventDetailsUpdated',
          data: { eventId, changes: { startsAt: '2030-06-02T18:00:00.000Z' }, buyerFacing: true },
        },
      ]);
    given([...state, publishedEv])
      .when(cmd('UpdateEventDetails', { changes: { capacity: 10 } }))
      .thenFails('catalog.capacity-locked');
    given(state)
      .when(cmd('UpdateEventDetails', { changes: { tags: [] } }, stranger))
      .thenFails('catalog.event-not-found'); // not published: a stranger may not know it exists
    given([...state, publishedEv])
      .when(cmd('UpdateEventDetails', { changes: { tags: [] } }, stranger))
      .thenFails('catalog.not-event-organizer'); // published: public, so plainly forbidden
  });

  it.each([
    [{ priceTiers: [{ id: 'a', name: 'A', price: { amount: -1, currency: 'EUR' } }] }, 'priceTiers[0].price.amount'],
    [
      {
        priceTiers: [
          { id: 'a', name: 'A', price: { amount: 100, currency: 'EUR' } },
          { id: 'b', name: 'B', price: { amount: 100, currency: 'USD' } },
        ],
      },
      'priceTiers[1].price.currency',
    ],
    [{ priceTiers: [{ id: 'a', name: 'A', price: { amount: 1.5, currency: 'EUR' } }] }, 'priceTiers[0].price.amount'],
    [{ endsAt: '2030-05-01T18:00:00Z' }, 'endsAt'],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ venue: { name: 'Hall', city: 'Oslo', country: 'NO', location: { lat: 95, lng: 0 } } }, 'venue.location.lat'],
    [{ salesWindow: { opensAt: '2030-02-01T00:00:00Z', closesAt: '2030-07-01T00:00:00Z' } }, 'salesWindow.closesAt'],
    [{ maxTicketsPerOrder: 0 }, 'maxTicketsPerOrder'],
    [{ maxTicketsPerOrder: 21 }, 'maxTicketsPerOrder'], // more than one hold may take
    [{ maxTicketsPerBuyer: 0 }, 'maxTicketsPerBuyer'],
    [{ maxTicketsPerBuyer: 2.5 }, 'maxTicketsPerBuyer'],
    [{ maxTicketsPerBuyer: 1001 }, 'maxTicketsPerBuyer'],
    [{ refundPolicy: 'whenever' as never }, 'refundPolicy'],
    [{ tags: ['<script>'] }, 'tags'],
    [{ startsAt: '2020-01-01T00:00:00Z' }, 'startsAt'],
  ])('refuses bad details %#, naming the field', (changes, field) => {
    const error = given([created])
      .when(cmd('UpdateEventDetails', { changes }))
      .thenFails(field === 'startsAt' ? 'catalog.time-in-past' : 'catalog.invalid-field');
    expect(error.details.field).toBe(field);
  });

  it('refuses moving the start before the close of the sales window it has', () => {
    const window: CatalogEvent = {
      type: 'EventDetailsUpdated',
      data: {
        eventId,
        changes: { salesWindow: { opensAt: '2030-03-01T00:00:00.000Z', closesAt: '2030-05-01T00:00:00.000Z' } },
        buyerFacing: false,
      },
    };
    const error = given([created, window])
      .when(cmd('UpdateEventDetails', { changes: { startsAt: '2030-04-01T18:00:00Z' } }))
      .thenFails('catalog.invalid-field');
    expect(error.details.field).toBe('startsAt');
    given([created, window])
      .when(cmd('UpdateEventDetails', { changes: { startsAt: '2030-05-01T18:00:00Z' } }))
      .then([
        {
          type: 'EventDetailsUpdated',
          data: { eventId, changes: { startsAt: '2030-05-01T18:00:00.000Z' }, buyerFacing: false },
        },
      ]);
  });

  it('sets a per-buyer limit, and changes it on a published event', () => {
    given([created])
      .when(cmd('UpdateEventDetails', { changes: { maxTicketsPerBuyer: 8 } }))
      .then([
        { type: 'EventDetailsUpdated', data: { eventId, changes: { maxTicketsPerBuyer: 8 }, buyerFacing: false } },
      ]);
    given([created, priced, submitted, approvedEv, publishedEv])
      .when(cmd('UpdateEventDetails', { changes: { maxTicketsPerBuyer: 4 } }))
      .then([
        { type: 'EventDetailsUpdated', data: { eventId, changes: { maxTicketsPerBuyer: 4 }, buyerFacing: false } },
      ]);
  });

  it('lets an event keep a category retired since, but no edit may pick a retired or unknown one', () => {
    given([created])
      .when(cmd('UpdateEventDetails', { changes: { category: 'festival', title: 'Night Market II' } }))
      .then([
        { type: 'EventDetailsUpdated', data: { eventId, changes: { title: 'Night Market II' }, buyerFacing: false } },
      ]);
    given([created])
      .when(cmd('UpdateEventDetails', { changes: { category: 'theatre' } }))
      .then([{ type: 'EventDetailsUpdated', data: { eventId, changes: { category: 'theatre' }, buyerFacing: false } }]);
    const moved: CatalogEvent = {
      type: 'EventDetailsUpdated',
      data: { eventId, changes: { category: 'theatre' }, buyerFacing: false },
    };
    const error = given([created, moved])
      .when(cmd('UpdateEventDetails', { changes: { category: 'festival' } }))
      .thenFails('catalog.unknown-category');
    expect(error.details).toEqual({ field: 'category', allowed: ALLOWED });
    given([created])
      .when(cmd('UpdateEventDetails', { changes: { category: 'opera' } }))
      .thenFails('catalog.unknown-category');
  });
});
