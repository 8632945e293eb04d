import { type TestApp, expectProblem, people, startTestApp } from '../testing/test-app';

/** GET /api/tags: what the organizer form suggests while one types a tag. */
describe('tag suggestions over HTTP', () => {
  let t: TestApp;
  let position: string;
  const suggest = async (query: string) => {
    const response = await t.call('GET', `/api/tags${query}`, { headers: { 'x-min-position': position } });
    expect(response.status).toBe(200);
    return response.body.items as { tag: string; count: number }[];
  };

  beforeAll(async () => {
    t = await startTestApp();
    const publish = async (tags: string[]) => {
      const { eventId } = await t.createEvent(people.organizer, { tags });
      position = await t.publish(eventId);
    };
    await publish(['Jazz', 'late night']);
    await publish(['jazz', 'java']);
    await publish(['jazz', 'Jam session', 'outdoor']);
    await publish(['jam session', 'outdoor']);
    await publish(['javelin']);
    // Unpublished events do not count.
    await t.createEvent(people.organizer, { tags: ['javelin', 'jamboree'] });
    position = (await t.createEvent(people.organizer, { tags: ['jamboree'] })).position;
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists the tags starting with the prefix, most used first (then A–Z), with counts, in any case', async () => {
    expect(await suggest('?prefix=ja')).toEqual([
      { tag: 'jazz', count: 3 },
      { tag: 'jam session', count: 2 },
      { tag: 'java', count: 1 },
      { tag: 'javelin', count: 1 },
    ]);
    expect(await suggest('?prefix=JA')).toEqual(await suggest('?prefix=ja'));
    expect(await suggest('?prefix=jav')).toEqual([
      { tag: 'java', count: 1 },
      { tag: 'javelin', count: 1 },
    ]);
    expect(await suggest('?prefix=jam%20s')).toEqual([{ tag: 'jam session', count: 2 }]);
    expect(await suggest('?prefix=jamb')).toEqual([]);
  });

  it('limits the list, and without a prefix lists the most used tags', async () => {
    expect(await suggest('?prefix=ja&limit=2')).toEqual([
      { tag: 'jazz', count: 3 },
      { tag: 'jam session', count: 2 },
    ]);
    expect(await suggest('?limit=3')).toEqual([
      { tag: 'jazz', count: 3 },
      { tag: 'jam session', count: 2 },
      { tag: 'outdoor', count: 2 },
    ]);
  });

  it('refuses bad parameters with problem+json', async () => {
    for (const query of ['?limit=0', '?limit=51', '?limit=many', `?prefix=${'a'.repeat(31)}`, '?sort=abc'])
      expectProblem(await t.call('GET', `/api/tags${query}`), 400);
  });
});
