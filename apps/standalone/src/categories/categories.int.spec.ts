import { type TestApp, expectProblem, people, startTestApp } from '../testing/test-app';

type Item = { slug: string; label: string; status: string };
const DEFAULT_LABELS = ['Comedy', 'Conference', 'Family', 'Festival', 'Film', 'Music', 'Sports', 'Theatre'];

/** The managed category list over HTTP, and how the catalog uses it. */
describe('categories: admins manage the list; events pick only active ones', () => {
  let t: TestApp;
  const head = async () =>
    BigInt((await t.call('GET', '/health/details', { as: people.ops })).body.checks.eventStore.head);
  const list = async (init: { as?: typeof people.admin; query?: string; position?: string } = {}) => {
    const response = await t.call('GET', `/api/categories${init.query ?? ''}`, {
      as: init.as,
      headers: init.position ? { 'x-min-position': init.position } : {},
    });
    expect(response.status).toBe(200);
    return response.body.items as Item[];
  };
  const admin = (method: string, path: string, body?: unknown) =>
    t.call(method, `/api/admin/categories${path}`, { as: people.admin, body });

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('has the eight defaults on a fresh install, by label, without anyone acting', async () => {
    expect(await head()).toBe(0n);
    const items = await list();
    expect(items.map((c) => c.label)).toEqual(DEFAULT_LABELS);
    expect(items.every((c) => c.status === 'active' && c.slug === c.label.toLowerCase())).toBe(true);
  });

  it('adds, renames, retires and restores, each answered with its position; the list follows', async () => {
    const added = await admin('POST', '', { slug: 'jazz-brunch', label: '  Jazz   brunch ' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ slug: 'jazz-brunch', label: 'Jazz brunch', status: 'active', changed: true });
    expect(added.headers.get('x-position')).toBe(added.body.position);
    expect((await list({ position: added.body.position })).map((c) => c.slug)).toEqual([
      'comedy',
      'conference',
      'family',
      'festival',
      'film',
      'jazz-brunch',
      'music',
      'sports',
      'theatre',
    ]);

    const renamed = await admin('PATCH', '/film', { label: 'Cinema' });
    expect(renamed.body).toMatchObject({ slug: 'film', label: 'Cinema', changed: true });
    const same = await admin('PATCH', '/film', { label: 'Cinema' });
    expect(same.status).toBe(200);
    expect(same.body.changed).toBe(false);
    const afterRename = await list({ position: renamed.body.position });
    expect(afterRename[0]).toEqual({ slug: 'film', label: 'Cinema', status: 'active' });

    const retired = await admin('POST', '/jazz-brunch/retire');
    expect(retired.status).toBe(200);
    expect(retired.body).toMatchObject({ status: 'retired', changed: true });
    expect((await list({ position: retired.body.position })).map((c) => c.slug)).not.toContain('jazz-brunch');
    const all = await list({ as: people.admin, query: '?include=retired', position: retired.body.position });
    expect(all.find((c) => c.slug === 'jazz-brunch')).toMatchObject({ label: 'Jazz brunch', status: 'retired' });
    expect(all).toHaveLength(9);

    const restored = await admin('POST', '/jazz-brunch/restore');
    expect(restored.body).toMatchObject({ status: 'active', changed: true });
    expect((await list({ position: restored.body.position })).map((c) => c.slug)).toContain('jazz-brunch');
    expect((await admin('POST', '/jazz-brunch/restore')).body.changed).toBe(false);
  });

  it('refuses bad input and duplicates with problem+json, appending nothing', async () => {
    await admin('POST', '', { slug: 'opera', label: 'Opera' });
    const before = await head();
    const cases: [string, () => ReturnType<typeof admin>, number, RegExp][] = [
      ['an upper-case slug', () => admin('POST', '', { slug: 'Opera2', label: 'Opera 2' }), 400, /slug must be/],
      ['a slug with a space', () => admin('POST', '', { slug: 'big show', label: 'Big show' }), 400, /slug/],
      ['a one-letter slug', () => admin('POST', '', { slug: 'o', label: 'Oh' }), 400, /slug/],
      ['a 32-character slug', () => admin('POST', '', { slug: `a${'b'.repeat(31)}`, label: 'Long' }), 400, /slug/],
      ['a label too long', () => admin('POST', '', { slug: 'long', label: 'x'.repeat(41) }), 400, /label/],
      ['a label too short', () => admin('POST', '', { slug: 'short', label: 'x' }), 400, /label/],
      ['a blank label', () => admin('POST', '', { slug: 'blank', label: '      ' }), 422, /label must be 2 to 40/],
      ['an unknown field', () => admin('POST', '', { slug: 'x1', label: 'X1', color: 'red' }), 400, /color/],
      ['a duplicate slug', () => admin('POST', '', { slug: 'opera', label: 'Opera again' }), 409, /exists already/],
      ['a default slug', () => admin('POST', '', { slug: 'music', label: 'Musik' }), 409, /exists already/],
      ['a label in use', () => admin('POST', '', { slug: 'tunes', label: 'MUSIC' }), 409, /labelled "Music"/],
      ['renaming to a label in use', () => admin('PATCH', '/opera', { label: 'Theatre' }), 409, /Theatre/],
      ['renaming too long', () => admin('PATCH', '/opera', { label: 'y'.repeat(41) }), 400, /label/],
      ['renaming an unknown slug', () => admin('PATCH', '/ballet', { label: 'Ballet' }), 404, /No category/],
      ['retiring an unknown slug', () => admin('POST', '/ballet/retire'), 404, /No category/],
      ['restoring an unknown slug', () => admin('POST', '/ballet/restore'), 404, /No category/],
    ];
    for (const [name, send, status, message] of cases) {
      const response = await send();
      expectProblem(response, status);
      expect(`${name}: ${response.body.detail} ${JSON.stringify(response.body.errors ?? [])}`).toMatch(message);
    }
    const duplicate = await admin('POST', '', { slug: 'opera', label: 'Opera again' });
    expect(duplicate.body).toMatchObject({ code: 'categories.duplicate', existingStatus: 'active' });
    expect(await head()).toBe(before);
  });

  it('refuses events with an unknown or retired category on create and edit, naming the allowed slugs', async () => {
    await admin('POST', '', { slug: 'circus', label: 'Circus' });
    const { eventId } = await t.createEvent(people.organizer, { category: 'circus' });
    const retired = await admin('POST', '/circus/retire');
    const before = await head();

    for (const category of ['circus', 'opera-x', 'MUSIC', '']) {
      const created = await t.call('POST', '/api/events', {
        as: people.organizer,
        body: {
          title: 'Bad category',
          category,
          startsAt: '2099-01-01T20:00:00Z',
          venue: { name: 'Hall', city: 'Oslo', country: 'NO' },
          capacity: 5,
        },
      });
      expectProblem(created, 422);
      expect(created.body).toMatchObject({
        code: 'catalog.unknown-category',
        errors: [{ field: 'category', message: expect.stringContaining('music') }],
      });
      expect(created.body.allowed).toContain('music');
      expect(created.body.allowed).toContain('jazz-brunch');
      expect(created.body.allowed).not.toContain('circus');
    }
    const { eventId: otherId } = await t.createEvent(people.organizer, { category: 'music' });
    const afterCreate = await head();
    const moved = await t.call('PATCH', `/api/events/${otherId}`, {
      as: people.organizer,
      body: { category: 'circus' },
    });
    expectProblem(moved, 422);
    expect(moved.body.code).toBe('catalog.unknown-category');
    expectProblem(
      await t.call('PATCH', `/api/events/${otherId}`, { as: people.organizer, body: { category: 'nope' } }),
      422,
    );
    expect(await head()).toBe(afterCreate);
    expect(afterCreate).toBeGreaterThan(before); // only the one valid event was appended

    // The event created before the retirement keeps its category, can still be edited, and still shows.
    const kept = await t.call('PATCH', `/api/events/${eventId}`, {
      as: people.organizer,
      body: { category: 'circus', title: 'Big top tonight' },
    });
    expect(kept.status).toBe(200);
    expect(kept.body.changed).toBe(true);
    const detail = await t.call('GET', `/api/events/${eventId}`, {
      as: people.organizer,
      headers: { 'x-min-position': kept.body.position },
    });
    expect(detail.body).toMatchObject({ category: 'circus', title: 'Big top tonight' });
    expect(BigInt(kept.body.position)).toBeGreaterThan(BigInt(retired.body.position));

    // Restored, it may be picked again.
    await admin('POST', '/circus/restore');
    expect(
      (await t.call('PATCH', `/api/events/${otherId}`, { as: people.organizer, body: { category: 'circus' } })).status,
    ).toBe(200);
  });

  it('shows retired categories to admins only', async () => {
    expectProblem(await t.call('GET', '/api/categories?include=retired'), 401);
    expectProblem(await t.call('GET', '/api/categories?include=retired', { as: people.organizer }), 403);
    expectProblem(await t.call('GET', '/api/categories?include=everything', { as: people.admin }), 400);
  });

  it('keeps the last active category', async () => {
    const all = await list({ as: people.admin, query: '?include=retired' });
    const active = all.filter((c) => c.status === 'active');
    for (const c of active.slice(1)) expect((await admin('POST', `/${c.slug}/retire`)).status).toBe(200);
    const last = await admin('POST', `/${active[0].slug}/retire`);
    expectProblem(last, 409);
    expect(last.body.code).toBe('categories.last-active');
    for (const c of active.slice(1)) await admin('POST', `/${c.slug}/restore`);
  });
});
