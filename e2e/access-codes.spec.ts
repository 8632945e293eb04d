import { DEMO_PERSONAS } from '@booking/platform';
import { accessibilityViolations, browserSuite, chromiumAvailable } from './browser';

const run = chromiumAvailable() ? describe : describe.skip;
const DAY = 86_400_000;
const persona = (who: 'attendee' | 'organizer') => ({
  userId: DEMO_PERSONAS[who].id,
  roles: DEMO_PERSONAS[who].roles,
});
const eur = (amount: number) => ({ amount, currency: 'EUR' });

run('in the browser: access codes unlock a hidden price tier', () => {
  const app = browserSuite();

  it('the organizer hides a tier and makes a code for it; a buyer enters the code, sees the tier, holds and books it', async () => {
    const { eventId } = await app.t.createEvent(persona('organizer'), {
      title: 'Secret Lounge Sessions',
      startsAt: new Date(Date.now() + 30 * DAY).toISOString(),
      priceTiers: [
        { id: 'standard', name: 'Standard', price: eur(3000) },
        { id: 'vip', name: 'VIP lounge', price: eur(9500) },
      ],
    });

    // The tier editor: "Hidden" on the second tier (a draft saves itself).
    const organizer = await app.signedIn(DEMO_PERSONAS.organizer.email);
    await organizer.goto(`${app.t.url}/organizer/events/${eventId}/edit`);
    await organizer
      .getByRole('group', { name: 'Price tier 2' })
      .getByRole('checkbox', { name: /Hidden/ })
      .check();
    await organizer.getByText('Saved', { exact: true }).waitFor();
    expect(await accessibilityViolations(organizer)).toEqual([]);
    await app.t.publish(eventId, persona('organizer'));

    // The promo-code editor: an access code without a discount that unlocks the hidden tier.
    await organizer.goto(`${app.t.url}/organizer/promo-codes`);
    await organizer.getByRole('textbox', { name: /^Code/ }).fill('e2e-lounge');
    await organizer.getByLabel('Discount').selectOption('none');
    await organizer.getByLabel(/^Unlocks hidden price tiers/).fill('vip');
    await organizer.getByRole('button', { name: 'Create code' }).click();
    await organizer.getByRole('status').getByText('Code E2E-LOUNGE created.').waitFor();
    const row = organizer
      .getByRole('table', { name: 'My promo codes' })
      .getByRole('row')
      .filter({ hasText: 'E2E-LOUNGE' });
    await row.getByText('unlocks vip').waitFor();
    expect(await accessibilityViolations(organizer)).toEqual([]);

    // The buyer does not see the hidden tier until the code reveals it.
    const buyer = await app.signedIn(DEMO_PERSONAS.attendee.email);
    await buyer.goto(`${app.t.url}/events/${eventId}`);
    await buyer.getByRole('heading', { level: 1, name: 'Secret Lounge Sessions' }).waitFor();
    await buyer.getByRole('button', { name: 'Have an access code?' }).click();
    expect(await buyer.getByText('VIP lounge').count()).toBe(0);
    await buyer.getByLabel('Access code').fill('nope');
    await buyer.getByRole('button', { name: 'Apply code' }).click();
    await buyer.getByText('No such promo code for this event').waitFor();
    await buyer.getByLabel('Access code').fill('e2e-lounge');
    await buyer.getByRole('button', { name: 'Apply code' }).click();
    await buyer
      .getByRole('list', { name: 'Unlocked price tiers' })
      .getByText(/VIP lounge/)
      .waitFor();
    expect(await accessibilityViolations(buyer)).toEqual([]);

    await buyer.getByLabel('Number of seats').fill('1');
    await buyer.getByRole('button', { name: 'Hold seats' }).click();
    await buyer.getByRole('link', { name: 'Check out now' }).click();
    await buyer.getByRole('heading', { level: 1, name: 'Checkout' }).waitFor();
    await buyer.getByLabel(/^Price tier for hold/).selectOption('vip');
    const total = buyer.getByTestId('checkout-total');
    await total.getByText(/95[.,]00/).waitFor();
    await buyer.getByRole('table', { name: 'Order summary' }).getByText('Promo code E2E-LOUNGE').waitFor();
    expect(await accessibilityViolations(buyer)).toEqual([]);
    await buyer.getByRole('button', { name: 'Book and go to payment' }).click();
    await buyer.waitForURL(/\/bookings\/[0-9a-f-]{36}$/);
    await buyer
      .getByTestId('booking-total')
      .getByText(/95[.,]00/)
      .waitFor();
    await organizer.context().close();
    await buyer.context().close();
  });

  it('a presale code shows the hold form before sales open, and the checkout carries the code', async () => {
    const opensAt = new Date(Date.now() + 10 * DAY).toISOString();
    const closesAt = new Date(Date.now() + 20 * DAY).toISOString();
    const { eventId } = await app.t.publishedEvent(20, persona('organizer'), {
      title: 'Early Bird Quartet',
      startsAt: new Date(Date.now() + 30 * DAY).toISOString(),
      priceTiers: [{ id: 'standard', name: 'Standard', price: eur(2000) }],
      salesWindow: { opensAt, closesAt },
    });
    const created = await app.t.call('POST', '/api/promo-codes', {
      as: persona('organizer'),
      body: { code: 'E2E-EARLY', access: { presale: true }, eventIds: [eventId] },
    });
    expect(created.status).toBe(201);

    const buyer = await app.signedIn(DEMO_PERSONAS.attendee.email);
    await buyer.goto(`${app.t.url}/events/${eventId}`);
    await buyer
      .getByRole('status')
      .filter({ hasText: /^On sale from / })
      .waitFor();
    expect(await buyer.getByRole('button', { name: 'Hold seats' }).count()).toBe(0);
    await buyer.getByRole('button', { name: 'Have an access code?' }).click();
    await buyer.getByLabel('Access code').fill('e2e-early');
    await buyer.getByRole('button', { name: 'Apply code' }).click();
    await buyer.getByText(/^Early access: you may hold seats before sales open/).waitFor();
    expect(await accessibilityViolations(buyer)).toEqual([]);
    await buyer.getByLabel('Number of seats').fill('2');
    await buyer.getByRole('button', { name: 'Hold seats' }).click();
    await buyer.getByRole('link', { name: 'Check out now' }).click();
    await buyer.getByRole('table', { name: 'Order summary' }).getByText('Promo code E2E-EARLY').waitFor();
    await buyer.getByRole('button', { name: 'Book and go to payment' }).click();
    await buyer.waitForURL(/\/bookings\/[0-9a-f-]{36}$/);
    await buyer
      .getByTestId('booking-total')
      .getByText(/40[.,]00/)
      .waitFor();
    await buyer.context().close();
  });
});
