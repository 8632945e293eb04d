import { ManualClock } from '@booking/platform';
import { type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

describe('catalog search over HTTP (GET /api/events)', () => {
  let t: TestApp;
  let last = '0';
  const search = async (query: string) =>
    (await t.call('GET', `/api/events?${query}`, { headers: { 'x-min-position': last } })).body;
  const titles = (body: { items: { title: string }[] }) => body.items.map((i) => i.title).sort();

  async function published(title: string, extra: Record<string, unknown>) {
    const { eventId } = await t.createEvent(people.organizer, { title, ...extra });
    last = await t.publish(eventId);
    return eventId;
  }

  beforeAll(async () => {
    t = await startTestApp();
    const price = (amount: number) => [{ id: 'std', name: 'Standard', price: { amount, currency: 'EUR' } }];
    await published('Midnight Jazz Quartet', {
      category: 'music',
      tags: ['jazz'],
      priceTiers: price(2500),
      venue: { name: 'Paradiso', city: 'Amsterdam', country: 'NL', location: { lat: 52.362, lng: 4.884 } },
    });
    await published('Symphony of the Sea', {
      category: 'music',
      tags: ['classical'],
      priceTiers: price(6000),
      venue: { name: 'Philharmonie', city: 'Berlin', country: 'DE', location: { lat: 52.51, lng: 13.37 } },
    });
    await published('Zénith Comedy Night', {
      category: 'comedy',
      priceTiers: price(1500),
      venue: { name: 'Zénith', city: 'Paris', country: 'FR', location: { lat: 48.894, lng: 2.393 } },
    });
    await t.createEvent(people.organizer, { title: 'Secret Draft Jazz' }); // never public
  });
  afterAll(async () => {
    await t.close();
  });

  it('matches prefixes, typos and accents, never drafts', async () => {
    expect(titles(await search('q=jaz'))).toEqual(['Midnight Jazz Quartet']);
    expect(titles(await search('q=symphny'))).toEqual(['Symphony of the Sea']);
    expect(titles(await search('q=zenith'))).toEqual(['Zénith Comedy Night']);
  });

  it('filters by category, tags, city, price and distance, sorts and counts facets', async () => {
    expect(titles(await search('category=music'))).toEqual(['Midnight Jazz Quartet', 'Symphony of the Sea']);
    expect(titles(await search('tags=classical'))).toEqual(['Symphony of the Sea']);
    expect(titles(await search('city=paris'))).toEqual(['Zénith Comedy Night']);
    expect(titles(await search('priceMin=2000&priceMax=3000'))).toEqual(['Midnight Jazz Quartet']);
    expect(titles(await search('lat=52.37&lng=4.89&radiusKm=10'))).toEqual(['Midnight Jazz Quartet']);
    expect((await search('sort=price')).items.map((i: { title: string }) => i.title)).toEqual([
      'Zénith Comedy Night',
      'Midnight Jazz Quartet',
      'Symphony of the Sea',
    ]);
    const faceted = await search('facets=true&limit=1');
    expect(faceted.total).toBe(3);
    expect(faceted.items).toHaveLength(1);
    expect(faceted.facets.category).toEqual(
      expect.arrayContaining([
        { value: 'music', count: 2 },
        { value: 'comedy', count: 1 },
      ]),
    );
  });

  it('refuses malformed filters with problem+json', async () => {
    expectProblem(await t.call('GET', '/api/events?lat=52'), 400);
    expectProblem(await t.call('GET', '/api/events?sort=loudest'), 400);
    expectProblem(await t.call('GET', '/api/events?from=yesterday'), 400);
  });
});

describe('catalog answers stay exact while cached (GET /api/events)', () => {
  const clock = new ManualClock(new Date());
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ clock });
  });
  afterAll(async () => {
    await t.close();
  });
  const list = async (query: string, minPosition: string) =>
    (
      (await t.call('GET', `/api/events?${query}`, { headers: { 'x-min-position': minPosition } })).body as {
        items: { title: string }[];
      }
    ).items
      .map((i) => i.title)
      .sort();

  it('shows every write at once and drops an event when it is over, with no write', async () => {
    const inDays = (days: number) => new Date(clock.now().getTime() + days * 86_400_000).toISOString();
    await t.publishedEvent(2, people.organizer, { title: 'Cached Soon', startsAt: inDays(2) });
    const later = await t.publishedEvent(2, people.organizer, { title: 'Cached Later', startsAt: inDays(5) });
    const both = ['Cached Later', 'Cached Soon'];
    expect(await list('available=true', later.position)).toEqual(both);
    expect(await list('available=true', later.position)).toEqual(both); // the same answer again, from memory
    const again = await t.call('GET', '/api/events?available=true', { headers: { 'x-min-position': later.position } });
    expect(again.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(JSON.parse(again.text).total).toBe(2);

    const hold = await t.call('POST', `/api/events/${later.eventId}/holds`, {
      as: people.attendee,
      body: { quantity: 2 },
    });
    expect(hold.status).toBe(201);
    expect(await list('available=true', hold.body.position)).toEqual(['Cached Soon']); // sold out now

    expect(await list('q=cached', hold.body.position)).toEqual(both);
    clock.advance(2 * 86_400_000 + 1); // past the first event's start: nothing written, the answer changes
    expect(await list('q=cached', hold.body.position)).toEqual(['Cached Later']);
  });
});
