import { DEMO_PERSONAS } from '@booking/platform';
import { DevMailbox } from '@booking/mailer';
import { accessibilityViolations, browserSuite, chromiumAvailable } from './browser';

const run = chromiumAvailable() ? describe : describe.skip;

run('in the browser: the buyer transfers a ticket to another person and reissues a lost one', () => {
  const app = browserSuite();
  const attendee = { userId: DEMO_PERSONAS.attendee.id, roles: DEMO_PERSONAS.attendee.roles };
  let bookingId = '';

  /** The demo attendee books two places and pays (through the API: the booking journey has its own spec). */
  beforeAll(async () => {
    const { t } = app;
    const events = await t.call('GET', '/api/events?q=Midnight%20Jazz');
    const eventId = events.body.items.find((e: { title: string }) => e.title === 'Midnight Jazz Sessions').id;
    const hold = await t.call('POST', `/api/events/${eventId}/holds`, { as: attendee, body: { quantity: 2 } });
    const placed = await t.call('POST', '/api/bookings', {
      as: attendee,
      body: {
        eventId,
        buyer: { name: 'Ada Attendee', email: DEMO_PERSONAS.attendee.email },
        holds: [{ holdId: hold.body.holdId, tierId: 'standard', attendeeNames: ['Grace Guest'] }],
      },
    });
    if (placed.status !== 201) throw new Error(`${hold.status} ${JSON.stringify(hold.body)} ${placed.text}`);
    bookingId = placed.body.bookingId;
    const paid = await t.call('POST', `/api/bookings/${bookingId}/payments`, {
      as: attendee,
      body: { cardNumber: '4242424242424242' },
    });
    expect(paid.body.bookingStatus).toBe('confirmed');
  });

  it('refuses a bad address with the server’s message, then transfers: the ticket names its new holder, who is mailed', async () => {
    const buyer = await app.signedIn(DEMO_PERSONAS.attendee.email);
    await buyer.goto(`${app.t.url}/bookings/${bookingId}`);
    const tickets = buyer.getByTestId('tickets');
    const first = tickets.getByRole('listitem').filter({ hasText: 'Grace Guest' });
    await first.getByRole('button', { name: /^Transfer ticket/ }).click();
    const dialog = buyer.getByRole('dialog');
    await dialog.getByLabel('Name of the new holder').fill('Bob Builder');
    await dialog.getByLabel('E-mail address of the new holder').fill('bob-at-example');
    await dialog.getByRole('button', { name: 'Transfer ticket' }).click();
    await dialog.getByText('email must be a valid e-mail address').waitFor();
    expect(await accessibilityViolations(buyer)).toEqual([]);

    await dialog.getByLabel('E-mail address of the new holder').fill(DEMO_PERSONAS.attendee.email);
    await dialog.getByRole('button', { name: 'Transfer ticket' }).click();
    await dialog.getByText('The ticket already belongs to this address').waitFor();

    await dialog.getByLabel('E-mail address of the new holder').fill('bob.builder@example.com');
    await dialog.getByRole('button', { name: 'Transfer ticket' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const moved = tickets.getByRole('listitem').filter({ hasText: 'Bob Builder' });
    await moved.getByTestId('ticket-holder').getByText('to Bob Builder (bob.builder@example.com)').waitFor();
    expect(await tickets.getByText('Grace Guest').count()).toBe(0);
    expect(await accessibilityViolations(buyer)).toEqual([]);

    const mailbox = app.t.app.get(DevMailbox, { strict: false });
    for (let i = 0; i < 100 && mailbox.list({ to: 'bob.builder@example.com' }).length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(mailbox.list({ to: 'bob.builder@example.com' }).map((m) => m.subject)).toEqual([
      'A ticket for you: Midnight Jazz Sessions',
    ]);

    await moved.getByRole('button', { name: /^Reissue ticket/ }).click();
    await buyer.getByRole('dialog').getByRole('button', { name: 'Reissue ticket' }).click();
    await buyer.getByRole('dialog').waitFor({ state: 'hidden' });
    await moved.getByText('Reissued').waitFor();
    await buyer.context().close();
  });
});
