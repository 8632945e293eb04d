import { TEST_CARDS, TestModePaymentProvider } from '@booking/command-api';
import { MAX_SAVED_CARDS } from '@booking/domain';
import type { EventStore } from '@booking/event-store';
import { EVENT_STORE } from '@booking/event-store';
import { BUYER } from './testing/booking-fixtures';
import { type Persona, type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

const other: Persona = { userId: '0190b000-0000-7000-8000-0000000000b7', roles: ['attendee'] };

/**
 * Saved cards (docs/payments.md, "Saved cards") on the embedded test-mode provider, which mirrors
 * Stripe's Customers and SetupIntents: save, list, default, remove, and pay in one step with a
 * saved card; nobody sees or uses another person's cards; a declined card saves nothing.
 */
describe('saved cards', () => {
  let t: TestApp;
  let store: EventStore;
  beforeAll(async () => {
    t = await startTestApp();
    store = t.app.get<EventStore>(EVENT_STORE, { strict: false });
  });
  afterAll(async () => {
    await t?.close();
  });

  const save = (cardNumber: string, as: Persona = people.attendee, body: object = { cardNumber }) =>
    t.call('POST', '/api/me/payment-methods', { as, body });
  const list = async (as: Persona = people.attendee, position = '0') => {
    const answer = await t.call('GET', '/api/me/payment-methods', { as, headers: { 'x-min-position': position } });
    expect(answer.status).toBe(200);
    return answer.body.items as Array<{ id: string; last4: string; isDefault: boolean; expired: boolean }>;
  };
  const walletEvents = async (userId: string) => (await store.readStream(`wallet-${userId}`)).map((e) => e.type);
  const placeBooking = async (as: Persona = people.attendee) => {
    const { eventId } = await t.publishedEvent(10, people.organizer);
    const held = await t.call('POST', `/api/events/${eventId}/holds`, { as, body: { quantity: 1 } });
    const placed = await t.call('POST', '/api/bookings', {
      as,
      body: { eventId, holds: [{ holdId: held.body.holdId }], buyer: BUYER },
    });
    expect(placed.status).toBe(201);
    return placed.body.bookingId as string;
  };
  const payWith = (bookingId: string, savedPaymentMethodId: string, as: Persona = people.attendee) =>
    t.call('POST', `/api/bookings/${bookingId}/payments`, { as, body: { savedPaymentMethodId } });

  it('saves a card (the first is the default), lists it without its number, and pays with it in one step', async () => {
    expect(await list(people.attendee)).toEqual([]);
    const saved = await save(TEST_CARDS.succeeds);
    expect(saved.status).toBe(201);
    expect(saved.body.card).toMatchObject({
      id: expect.stringMatching(/^pm_/),
      brand: 'visa',
      last4: '4242',
      isDefault: true,
      expired: false,
    });
    expect(JSON.stringify(saved.body)).not.toContain(TEST_CARDS.succeeds);
    const cards = await list(people.attendee, String(saved.body.position));
    expect(cards.map((c) => c.id)).toEqual([saved.body.card.id]);
    expect(await walletEvents(people.attendee.userId)).toEqual([
      'WalletCustomerCreated',
      'PaymentMethodSaved',
      'DefaultPaymentMethodSet',
    ]);
    const stored = JSON.stringify((await store.readStream(`wallet-${people.attendee.userId}`)).map((e) => e.data));
    expect(stored).not.toContain(TEST_CARDS.succeeds);

    const bookingId = await placeBooking();
    const paid = await payWith(bookingId, saved.body.card.id);
    expect(paid.status).toBe(201);
    expect(paid.body).toMatchObject({ status: 'succeeded', bookingStatus: 'confirmed' });
  });

  it('refuses a card the provider declines, saving nothing', async () => {
    const before = await walletEvents(people.attendee.userId);
    const declined = await save(TEST_CARDS.declined);
    expectProblem(declined, 422);
    expect(declined.body).toMatchObject({ code: 'wallet.card-declined', declineCode: 'card_declined' });
    expectProblem(await save(TEST_CARDS.stolen), 422);
    expect(await walletEvents(people.attendee.userId)).toEqual(before);
  });

  it('saves a card that will lack funds, and declines the payment made with it, as Stripe does', async () => {
    const saved = await save(TEST_CARDS.insufficientFunds, other);
    expect(saved.status).toBe(201);
    const bookingId = await placeBooking(other);
    const paid = await payWith(bookingId, saved.body.card.id, other);
    expect(paid.body).toMatchObject({
      status: 'declined',
      reason: 'insufficient_funds',
      bookingStatus: 'pending-payment',
    });
  });

  it('asks for 3-D Secure when a saved 3-D Secure card pays', async () => {
    const saved = await save(TEST_CARDS.threeDSecure, other);
    const bookingId = await placeBooking(other);
    const paid = await payWith(bookingId, saved.body.card.id, other);
    expect(paid.body).toMatchObject({ status: 'requires_action', nextAction: { type: 'redirect_to_url' } });
  });

  it('sets the default, and removing the default makes the latest remaining card the default', async () => {
    const owner: Persona = { userId: '0190b000-0000-7000-8000-0000000000b8', roles: ['attendee'] };
    const first = (await save(TEST_CARDS.succeeds, owner)).body.card.id as string;
    const second = (await save(TEST_CARDS.refundFails, owner)).body.card.id as string;
    const third = await save(TEST_CARDS.threeDSecure2, owner);
    expect(third.body.card.isDefault).toBe(false);
    const made = await t.call('POST', `/api/me/payment-methods/${second}/default`, { as: owner });
    expect(made.status).toBe(200);
    expect(made.body.card).toMatchObject({ id: second, isDefault: true });
    const removed = await t.call('DELETE', `/api/me/payment-methods/${second}`, { as: owner });
    expect(removed.status).toBe(200);
    expect(removed.body).toMatchObject({ paymentMethodId: second, removed: true });
    const cards = await list(owner, String(removed.body.position));
    expect(cards.map((c) => [c.id, c.isDefault])).toEqual([
      [third.body.card.id, true],
      [first, false],
    ]);
    // Removed (and detached at the provider): it can no longer pay.
    const bookingId = await placeBooking(owner);
    expectProblem(await payWith(bookingId, second, owner), 404);
  });

  it("never shows, uses, changes or removes another person's card", async () => {
    const mine = (await save(TEST_CARDS.succeeds, people.organizer)).body.card.id as string;
    expect((await list(other)).map((c) => c.id)).not.toContain(mine);
    const bookingId = await placeBooking(other);
    const used = await payWith(bookingId, mine, other);
    expectProblem(used, 404);
    expect(used.body.code).toBe('wallet.card-not-found');
    expectProblem(await t.call('POST', `/api/me/payment-methods/${mine}/default`, { as: other }), 404);
    expectProblem(await t.call('DELETE', `/api/me/payment-methods/${mine}`, { as: other }), 404);
    expect((await list(people.organizer)).map((c) => c.id)).toContain(mine);
  });

  it('refuses bad input before anything is saved or charged', async () => {
    const before = await walletEvents(people.attendee.userId);
    expectProblem(await save('', people.attendee, {}), 400);
    expectProblem(await save('', people.attendee, { cardNumber: TEST_CARDS.succeeds, paymentMethodId: 'pm_x' }), 400);
    // Test mode takes a card number, not a Stripe PaymentMethod.
    expectProblem(await save('', people.attendee, { paymentMethodId: 'pm_card_visa' }), 400);
    expectProblem(await save('', people.attendee, { cardNumber: '42' }), 400);
    expectProblem(await t.call('POST', '/api/me/payment-methods/not-a-card/default', { as: people.attendee }), 400);
    expectProblem(await t.call('DELETE', '/api/me/payment-methods/pm_unknown', { as: people.attendee }), 404);
    const bookingId = await placeBooking();
    expectProblem(
      await t.call('POST', `/api/bookings/${bookingId}/payments`, {
        as: people.attendee,
        body: { savedPaymentMethodId: 'pm_x', cardNumber: TEST_CARDS.succeeds },
      }),
      400,
    );
    expectProblem(await payWith(bookingId, 'pm_unknown'), 404);
    expect(await walletEvents(people.attendee.userId)).toEqual(before);
    expect((await t.call('GET', '/api/me/payment-methods')).status).toBe(401);
  });

  it(`keeps at most ${MAX_SAVED_CARDS} cards`, async () => {
    const collector: Persona = { userId: '0190b000-0000-7000-8000-0000000000b9', roles: ['attendee'] };
    for (let i = 0; i < MAX_SAVED_CARDS; i++) expect((await save(TEST_CARDS.succeeds, collector)).status).toBe(201);
    const full = await save(TEST_CARDS.succeeds, collector);
    expectProblem(full, 409);
    expect(full.body.code).toBe('wallet.full');
    expect(await list(collector)).toHaveLength(MAX_SAVED_CARDS);
  });

  it('answers 409, never 500, when the provider no longer has a saved card, and the booking stays payable', async () => {
    const owner: Persona = { userId: '0190b000-0000-7000-8000-0000000000ba', roles: ['attendee'] };
    const card = (await save(TEST_CARDS.succeeds, owner)).body.card.id as string;
    // Detached at the provider behind the platform's back (its dashboard).
    await t.app.get(TestModePaymentProvider, { strict: false }).savedCards.removeCard(card);
    const bookingId = await placeBooking(owner);
    const refused = await payWith(bookingId, card, owner);
    expectProblem(refused, 409);
    expect(refused.body.code).toBe('payments.provider-refused');
    expectProblem(await t.call('POST', `/api/me/payment-methods/${card}/default`, { as: owner }), 409);
    const paid = await t.call('POST', `/api/bookings/${bookingId}/payments`, {
      as: owner,
      body: { cardNumber: TEST_CARDS.succeeds },
    });
    expect(paid.body).toMatchObject({ status: 'succeeded', bookingStatus: 'confirmed' });
  });
});
