import { DEMO_PERSONAS } from '@booking/platform';
import { accessibilityViolations, browserSuite, chromiumAvailable } from './browser';

const run = chromiumAvailable() ? describe : describe.skip;

run('in the browser: an organizer creates a promo code, a buyer applies it at checkout', () => {
  const suite = browserSuite();

  it('creates a 20 % code, quotes it at checkout with the discount shown, books at the lower total, and counts the use', async () => {
    const organizer = await suite.signedIn(DEMO_PERSONAS.organizer.email);
    await organizer.goto(`${suite.t.url}/organizer`);
    await organizer.getByRole('button', { name: 'Promo codes' }).click();
    await organizer.getByRole('heading', { level: 1, name: 'Promo codes' }).waitFor();
    await organizer.getByRole('textbox', { name: /^Code/ }).fill('e2e-twenty');
    await organizer.getByRole('textbox', { name: /^Percent/ }).fill('20');
    await organizer.getByLabel('Uses per buyer').fill('1');
    await organizer.getByRole('button', { name: 'Create code' }).click();
    await organizer.getByRole('status').getByText('Code E2E-TWENTY created.').waitFor();
    const row = organizer
      .getByRole('table', { name: 'My promo codes' })
      .getByRole('row')
      .filter({ hasText: 'E2E-TWENTY' });
    await row.getByText('20 % off').waitFor();
    expect(await accessibilityViolations(organizer)).toEqual([]);

    const buyer = await suite.signedIn(DEMO_PERSONAS.attendee.email);
    await buyer.goto(`${suite.t.url}/?q=stand-up`);
    await buyer.getByRole('link', { name: 'Stand-up Showcase' }).click();
    await buyer.getByLabel('Number of seats').fill('2');
    await buyer.getByRole('button', { name: 'Hold seats' }).click();
    await buyer.getByRole('link', { name: 'Check out now' }).click();
    await buyer.getByRole('heading', { level: 1, name: 'Checkout' }).waitFor();
    const total = buyer.getByTestId('checkout-total');
    await total.getByText(/56[.,]00/).waitFor(); // 2 × €28.00, before the code

    await buyer.getByLabel('Promo code').fill('nope');
    await buyer.getByRole('button', { name: 'Apply' }).click();
    await buyer.getByText('No such promo code for this event').waitFor();
    await buyer.getByLabel('Promo code').fill('e2e-twenty');
    await buyer.getByRole('button', { name: 'Apply' }).click();
    await buyer.getByRole('table', { name: 'Order summary' }).getByText('Promo code E2E-TWENTY').waitFor();
    await total.getByText(/44[.,]80/).waitFor(); // 20 % off each ticket
    expect(await accessibilityViolations(buyer)).toEqual([]);

    await buyer.getByRole('button', { name: 'Book and go to payment' }).click();
    await buyer.waitForURL(/\/bookings\/[0-9a-f-]{36}$/);
    await buyer
      .getByTestId('booking-total')
      .getByText(/44[.,]80/)
      .waitFor();

    await organizer.reload();
    await organizer
      .getByRole('table', { name: 'My promo codes' })
      .getByRole('row')
      .filter({ hasText: 'E2E-TWENTY' })
      .getByText(/1 in use/)
      .waitFor();
    await organizer.context().close();
    await buyer.context().close();
  });
});
