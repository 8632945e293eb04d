import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ERASED, EVENT_STORE, PersonalDataEventStore } from '@booking/event-store';
import { READ_STORE, type ReadStore } from '@booking/read-store';
import { type TestApp, expectProblem, people, startTestApp, suiteDataDir } from '../testing/test-app';
import { bearer, login, signUp } from '../testing/accounts';

/**
 * Crypto-shredding end to end: one person's key is destroyed, a fresh process rebuilds every read
 * model from the log, and that person's personal data is nowhere while everyone else works on.
 */
describe('erasing a person by destroying their key', () => {
  const dataDir = suiteDataDir('booking-erasure-');
  let t: TestApp | undefined;
  afterAll(() => t?.close());

  const ada = { email: 'ada.qz7lov@example.com', name: 'ada.qz7lov', device: 'ada-phone-qz7' };
  const guest = 'guest.qz7lov'; // an attendee name Ada gave at checkout: hers to erase
  const traces = [ada.email, ada.name, ada.device, guest];

  it('leaves no trace of them in any read model or the log file, and nothing else breaks', async () => {
    t = await startTestApp({ env: { DATA_DIR: dataDir } });
    const adaSession = await signUp(t, ada.email);
    await login(t, ada.email, undefined, ada.device);
    // Ada books: the bookings and event-orders read models hold her name, e-mail and her guest's name.
    const { eventId } = await t.publishedEvent(10);
    const hold = await t.call('POST', `/api/events/${eventId}/holds`, {
      body: { quantity: 1 },
      headers: bearer(adaSession.accessToken),
    });
    const booked = await t.call('POST', '/api/bookings', {
      body: {
        eventId,
        buyer: { name: ada.name, email: ada.email },
        holds: [{ holdId: hold.body.holdId, attendeeNames: [guest] }],
      },
      headers: bearer(adaSession.accessToken),
    });
    expect(booked.status).toBe(201);
    await signUp(t, 'bob.qz7@example.com');
    await signUp(t, 'cleo.qz7@example.com');
    const store = t.app.get(PersonalDataEventStore, { strict: false });
    expect(t.app.get(EVENT_STORE, { strict: false })).toBe(store); // every reader and writer goes through it
    await t.call('GET', '/api/me/bookings', {
      headers: { ...bearer(adaSession.accessToken), 'x-min-position': booked.body.position },
    });
    const before = await readModels(t);
    expect(JSON.stringify(before)).toContain(ada.email); // it was there to erase
    const orders = Object.entries(before).find(([name]) => name.startsWith('event-orders'))?.[1];
    expect(JSON.stringify(orders)).toContain(guest);

    await store.destroyKey(adaSession.user.id);
    await t.close();

    // A new process on the same data dir rebuilds every read model from position 0.
    t = await startTestApp({ env: { DATA_DIR: dataDir } });
    const head = (await t.call('GET', '/health/details', { as: people.ops })).body.checks.eventStore.head;
    await t.call('GET', '/health/details', { as: people.ops, headers: { 'x-min-position': head } });

    const everything = JSON.stringify(await readModels(t));
    for (const trace of traces) expect(everything).not.toContain(trace);
    expect(everything).toContain('bob.qz7@example.com');
    // Her booking is still there for the organizer, showing her as erased.
    const eventOrders = await t.call('GET', `/api/events/${eventId}/orders`, {
      as: people.organizer,
      headers: { 'x-min-position': head },
    });
    expect(eventOrders.body.items).toEqual([
      expect.objectContaining({
        buyerName: ERASED,
        buyerEmail: ERASED,
        tickets: [expect.objectContaining({ attendeeName: ERASED })],
      }),
    ]);
    for (const file of readdirSync(dataDir).filter((name) => name.startsWith('events.db'))) {
      const bytes = readFileSync(join(dataDir, file));
      for (const trace of traces) expect(bytes.includes(trace)).toBe(false);
    }

    expect((await login(t, 'bob.qz7@example.com')).user.roles).toEqual(['attendee']);
    expect((await login(t, 'cleo.qz7@example.com')).user.roles).toEqual(['attendee']);
    const erasedLogin = await t.call('POST', '/api/auth/login', {
      body: { email: ada.email, password: 'a long enough passphrase here', client: 'api' },
    });
    expectProblem(erasedLogin, 401);
    // The admin's views still answer, showing the erased person as such.
    const users = await t.call('GET', '/api/admin/users', { as: people.admin });
    expect(users.status).toBe(200);
    expect(users.body.items.find((u: { id: string }) => u.id === adaSession.user.id)).toMatchObject({
      email: ERASED,
      displayName: ERASED,
    });
    const history = await t.call('GET', `/api/admin/users/${adaSession.user.id}/security-history`, {
      as: people.admin,
    });
    expect(history.status).toBe(200);
  });
});

async function readModels(t: TestApp): Promise<Record<string, unknown[]>> {
  const readStore = t.app.get<ReadStore>(READ_STORE, { strict: false });
  const all: Record<string, unknown[]> = {};
  for (const name of await readStore.listCollections()) all[name] = await readStore.collection(name).find({});
  return all;
}
