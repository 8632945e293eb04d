import { type Actor, type Role, scenario } from '../kernel';
import type { CreateEvent, PublishEvent } from './catalog.commands';
import { catalogDecider } from './catalog.decider';
import type { CatalogEvent, EventCreated, EventPublished } from './catalog.events';
import { MAX_CAPACITY } from './catalog.rules';

const eventId = '0190b5a5-2f1e-7cc3-9f8e-3c6a1b2d4e5f';
const now = new Date('2030-01-01T12:00:00.000Z');
const startsAt = '2030-06-01T19:30:00.000Z';
const actor = (userId: string, ...roles: Role[]): Actor => ({ userId, roles });
const organizer = actor('organizer-1', 'organizer');
const otherOrganizer = actor('organizer-2', 'organizer');
const admin = actor('admin-1', 'admin');
/** The managed list's active slugs as the handler passes them ("film" retired here). */
const ALLOWED = ['music', 'theatre', 'comedy', 'jazz-brunch'];

type CreateData = CreateEvent['data'];
const create = (overrides: Partial<CreateData> = {}, by: Actor = organizer, at: Date = now): CreateEvent => ({
  type: 'CreateEvent',
  data: {
    eventId,
    title: 'Jazz on the Lake',
    description: 'An evening of jazz.',
    category: 'music',
    startsAt,
    venue: { name: 'Lake Stage', city: 'Zurich', country: 'CH' },
    capacity: 500,
    allowedCategories: ALLOWED,
    ...overrides,
  },
  metadata: { now: at, actor: by },
});
const publish = (by: Actor = organizer, at: Date = now): PublishEvent => ({
  type: 'PublishEvent',
  data: { eventId },
  metadata: { now: at, actor: by },
});

const created = (overrides: Partial<EventCreated['data']> = {}): EventCreated => ({
  type: 'EventCreated',
  data: {
    eventId,
    organizerId: organizer.userId,
    title: 'Jazz on the Lake',
    description: 'An evening of jazz.',
    category: 'music',
    startsAt,
    venue: { name: 'Lake Stage', city: 'Zurich', country: 'CH' },
    capacity: 500,
    ...overrides,
  },
});
const published = (at: Date = now): EventPublished => ({
  type: 'EventPublished',
  data: { eventId, publishedAt: at.toISOString() },
});

const given = scenario(catalogDecider).given;
const approved: CatalogEvent[] = [
  created(),
  { type: 'EventSubmitted', data: { eventId, version: 1 } },
  { type: 'EventApproved', data: { eventId, by: 'admin-1', version: 1 } },
];

describe('CreateEvent', () => {
  it('creates a draft event owned by the organizer', () => {
    given([]).when(create()).then([created()]);
  });

  it('lets an admin create one, owned by the admin', () => {
    given([])
      .when(create({}, admin))
      .then([created({ organizerId: admin.userId })]);
  });

  it('lets someone with several roles create one if one of them is organizer', () => {
    given([])
      .when(create({}, actor('u', 'attendee', 'organizer')))
      .then([created({ organizerId: 'u' })]);
  });

  it.each<Role[]>([['attendee'], ['finance'], ['analyst', 'ops'], []])('forbids roles %p', (...roles) => {
    const error = given([])
      .when(create({}, actor('u', ...roles)))
      .thenFails('catalog.not-organizer');
    expect(error.kind).toBe('forbidden');
  });

  it('refuses when the event already exists, drafted or published', () => {
    given([created()]).when(create()).thenFails('catalog.event-exists');
    const error = given([created(), published()]).when(create({}, admin)).thenFails('catalog.event-exists');
    expect(error.kind).toBe('conflict');
  });

  describe('title', () => {
    it('is trimmed', () => {
      given([])
        .when(create({ title: '  Jazz on the Lake \n' }))
        .then([created()]);
    });

    it.each([['abc'], ['x'.repeat(140)], ['  abc  ']])('accepts %p (3 to 140 characters)', (title) => {
      given([])
        .when(create({ title }))
        .then([created({ title: title.trim() })]);
    });

    it.each([[''], ['ab'], ['   ab   '], ['      '], ['x'.repeat(141)]])('refuses %p', (title) => {
      const error = given([]).when(create({ title })).thenFails('catalog.invalid-field');
      expect(error).toMatchObject({ kind: 'validation', details: { field: 'title' } });
    });
  });

  describe('description', () => {
    it('is trimmed and cut to 5000 characters', () => {
      given([])
        .when(create({ description: '  hi  ' }))
        .then([created({ description: 'hi' })]);
      given([])
        .when(create({ description: 'y'.repeat(6000) }))
        .then([created({ description: 'y'.repeat(5000) })]);
      given([])
        .when(create({ description: '' }))
        .then([created({ description: '' })]);
    });
  });

  describe('category', () => {
    it.each(ALLOWED.map((c) => [c]))('accepts the allowed %s', (category) => {
      given([])
        .when(create({ category }))
        .then([created({ category })]);
    });

    it.each([['opera'], ['Music'], [' music'], [''], ['film']])(
      'refuses %p (unknown, or retired like film), naming the field and the allowed slugs',
      (category) => {
        const error = given([]).when(create({ category })).thenFails('catalog.unknown-category');
        expect(error.details).toEqual({ field: 'category', allowed: ALLOWED });
        expect(error.message).toContain('music, theatre, comedy, jazz-brunch');
      },
    );

    it('refuses every category when none is allowed', () => {
      given([])
        .when(create({ allowedCategories: [] }))
        .thenFails('catalog.unknown-category');
    });
  });

  describe('capacity', () => {
    it.each([[1], [MAX_CAPACITY]])('accepts %p', (capacity) => {
      given([])
        .when(create({ capacity }))
        .then([created({ capacity })]);
    });

    it.each([[0], [-1], [-500], [1.5], [NaN], [Infinity], [MAX_CAPACITY + 1], [Number.MAX_SAFE_INTEGER + 2]])(
      'refuses %p',
      (capacity) => {
        const error = given([]).when(create({ capacity })).thenFails('catalog.invalid-field');
        expect(error.details).toEqual({ field: 'capacity' });
      },
    );
  });

  describe('startsAt', () => {
    it('is stored as UTC ISO, whatever offset it came with', () => {
      given([])
        .when(create({ startsAt: '2030-06-01T21:30:00+02:00' }))
        .then([created()]);
      given([])
        .when(create({ startsAt: '2030-06-01T19:30Z' }))
        .then([created()]);
      given([])
        .when(create({ startsAt: '2030-06-01T19:30:00.000000Z' }))
        .then([created()]);
    });

    it('accepts a moment just after now', () => {
      const soon = new Date(now.getTime() + 1).toISOString();
      given([])
        .when(create({ startsAt: soon }))
        .then([created({ startsAt: soon })]);
    });

    it('accepts a leap day', () => {
      given([])
        .when(create({ startsAt: '2032-02-29T10:00:00Z' }))
        .then([created({ startsAt: '2032-02-29T10:00:00.000Z' })]);
    });

    it.each([['2029-12-31T12:00:00Z'], [now.toISOString()], ['2030-01-01T13:59:59+02:00']])(
      'refuses the past or present %p',
      (past) => {
        const error = given([])
          .when(create({ startsAt: past }))
          .thenFails('catalog.time-in-past');
        expect(error).toMatchObject({ kind: 'validation', details: { field: 'startsAt' } });
      },
    );

    it.each([
      ['not a date', 'next friday'],
      ['empty', ''],
      ['a local time without offset (would depend on the server time zone)', '2030-06-01T19:30:00'],
      ['a date without time', '2030-06-01'],
      ['a year only', '2030'],
      ['an English date', 'June 1, 2030 19:30 UTC'],
      ['the 30th of February', '2030-02-30T10:00:00Z'],
      ['the 29th of February in a common year', '2031-02-29T10:00:00Z'],
      ['month 13', '2030-13-01T10:00:00Z'],
      ['hour 24', '2030-06-01T24:00:00Z'],
      ['minute 60', '2030-06-01T10:60:00Z'],
      ['offset hour 24', '2030-06-01T10:00:00+24:00'],
      ['trailing text', '2030-06-01T10:00:00Zjunk'],
    ])('refuses %s', (_label, value) => {
      const error = given([])
        .when(create({ startsAt: value }))
        .thenFails('catalog.invalid-field');
      expect(error.details).toEqual({ field: 'startsAt' });
    });
  });

  describe('venue', () => {
    const venue = { name: 'Lake Stage', city: 'Zurich', country: 'CH' };

    it('is trimmed, with the country upper-cased', () => {
      given([])
        .when(create({ venue: { name: ' Lake Stage ', city: ' Zurich ', country: ' ch ' } }))
        .then([created()]);
    });

    it('accepts the length limits', () => {
      const limits = { name: 'x'.repeat(120), city: 'y'.repeat(80), country: 'DE' };
      given([])
        .when(create({ venue: limits }))
        .then([created({ venue: limits })]);
      const short = { name: 'ab', city: 'cd', country: 'FR' };
      given([])
        .when(create({ venue: short }))
        .then([created({ venue: short })]);
    });

    it.each([
      ['venue.name', { ...venue, name: 'x' }],
      ['venue.name', { ...venue, name: 'x'.repeat(121) }],
      ['venue.name', { ...venue, name: '   ' }],
      ['venue.city', { ...venue, city: 'Z' }],
      ['venue.city', { ...venue, city: 'z'.repeat(81) }],
      ['venue.country', { ...venue, country: 'C' }],
      ['venue.country', { ...venue, country: 'CHE' }],
      ['venue.country', { ...venue, country: '' }],
    ])('refuses a bad %s', (field, bad) => {
      const error = given([])
        .when(create({ venue: bad }))
        .thenFails('catalog.invalid-field');
      expect(error.details).toEqual({ field });
    });
  });
});

describe('PublishEvent', () => {
  it('publishes a draft, stamped with the command time', () => {
    given(approved).when(publish()).then([published()]);
    const later = new Date('2030-03-04T05:06:07.089Z');
    given(approved)
      .when(publish(organizer, later))
      .then([published(later)]);
  });

  it('refuses an unknown event', () => {
    const error = given([]).when(publish()).thenFails('catalog.event-not-found');
    expect(error.kind).toBe('not-found');
  });

  it('answers anyone but the organizer as if the unpublished event did not exist', () => {
    const error = given(approved).when(publish(otherOrganizer)).thenFails('catalog.event-not-found');
    expect(error.kind).toBe('not-found');
    expect(error.message).toBe(given([]).when(publish(otherOrganizer)).thenFails('catalog.event-not-found').message);
    given(approved)
      .when(publish(actor(organizer.userId + 'x', 'organizer')))
      .thenFails('catalog.event-not-found');
  });

  it('lets an admin publish someone else’s event', () => {
    given(approved).when(publish(admin)).then([published()]);
  });

  it('refuses to publish twice', () => {
    const error = given([...approved, published()])
      .when(publish())
      .thenFails('catalog.already-published');
    expect(error.kind).toBe('conflict');
  });

  it('checks ownership before revealing that the event is published', () => {
    given([...approved, published()])
      .when(publish(otherOrganizer))
      .thenFails('catalog.not-event-organizer');
  });

  it('refuses an event that has started', () => {
    const start = new Date(startsAt);
    const error = given(approved).when(publish(organizer, start)).thenFails('catalog.event-in-past');
    expect(error.kind).toBe('conflict');
    given(approved)
      .when(publish(admin, new Date(start.getTime() + 86_400_000)))
      .thenFails('catalog.event-in-past');
  });

  it('still publishes a millisecond before the start', () => {
    const justBefore = new Date(new Date(startsAt).getTime() - 1);
    given(approved)
      .when(publish(organizer, justBefore))
      .then([published(justBefore)]);
  });
});
