import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TEST_CARDS } from '@booking/command-api';
import { DEMO_PERSONAS } from '@booking/platform';
import { accessibilityViolations, browserSuite, chromiumAvailable } from './browser';

const run = chromiumAvailable() ? describe : describe.skip;

run('in the browser: an organizer manages webhook endpoints and reads the delivery log', () => {
  const suite = browserSuite();
  const received: string[] = [];
  let server: Server;
  let receiverUrl: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push(body);
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  /** A paid booking of one ticket on the demo organizer's "Stand-up Showcase", through the API. */
  async function bookAndPay(): Promise<void> {
    const { t } = suite;
    const buyer = { userId: DEMO_PERSONAS.attendee.id, roles: ['attendee' as const] };
    const events = await t.call('GET', '/api/events?q=stand-up');
    const event = events.body.items.find((e: { title: string }) => e.title === 'Stand-up Showcase');
    const eventId = (event.eventId ?? event.id) as string;
    const hold = await t.call('POST', `/api/events/${eventId}/holds`, { as: buyer, body: { quantity: 1 } });
    expect(hold.status).toBe(201);
    const placed = await t.call('POST', '/api/bookings', {
      as: buyer,
      body: {
        eventId,
        holds: [
          {
            holdId: hold.body.holdId,
            tierId: 'standard',
            ...(hold.body.sectionId ? { sectionId: hold.body.sectionId } : {}),
          },
        ],
        buyer: { name: 'Ada', email: 'ada@example.com' },
      },
    });
    expect([placed.status, placed.body.detail]).toEqual([201, undefined]);
    const paid = await t.call('POST', `/api/bookings/${placed.body.bookingId}/payments`, {
      as: buyer,
      body: { cardNumber: TEST_CARDS.succeeds },
    });
    expect(paid.body.bookingStatus).toBe('confirmed');
  }

  it('adds an endpoint (secret shown once), receives a delivery, resends it, disables, rotates and deletes', async () => {
    const page = await suite.signedIn(DEMO_PERSONAS.organizer.email);
    await page.goto(`${suite.t.url}/organizer`);
    await page.getByRole('button', { name: 'Webhooks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page.getByText('No endpoints yet.').waitFor();

    // A bad URL is refused with the server's reason, and nothing is added.
    await page.getByLabel(/^Endpoint URL/).fill('https://10.0.0.1/hooks');
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    await page
      .getByRole('alert')
      .getByText(/private|internal|loopback/)
      .waitFor();

    await page.getByLabel(/^Endpoint URL/).fill(receiverUrl);
    await page.getByRole('checkbox', { name: 'Payment succeeded' }).check();
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const secret = page.getByLabel('Signing secret');
    await secret.getByText(/^whsec_/).waitFor();
    const card = page.getByRole('region', { name: receiverUrl });
    await card.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'I have stored it' }).click();
    await secret.waitFor({ state: 'detached' });

    await bookAndPay();
    await card.getByRole('button', { name: 'Delivery log' }).click();
    const log = card.getByRole('table', { name: `Deliveries to ${receiverUrl}` });
    for (const label of ['Booking confirmed', 'Payment succeeded'])
      await log.getByRole('row').filter({ hasText: label }).getByText('delivered').waitFor({ timeout: 15_000 });
    expect(received.length).toBe(2);
    expect(await accessibilityViolations(page)).toEqual([]);

    await log
      .getByRole('row')
      .filter({ hasText: 'Booking confirmed' })
      .getByRole('button', { name: /^Resend/ })
      .click();
    await card
      .getByRole('row')
      .filter({ hasText: 'Booking confirmed' })
      .getByRole('cell', { name: '2', exact: true })
      .waitFor({ timeout: 15_000 }); // its second attempt
    expect(received.length).toBe(3);

    await card.getByRole('switch', { name: `Send to ${receiverUrl}` }).click(); // a controlled switch: it turns off once the server has answered
    await card.getByText('Disabled').waitFor();
    await card.getByRole('button', { name: 'Rotate secret' }).click();
    await page
      .getByLabel('Signing secret')
      .getByText(/^whsec_/)
      .waitFor();
    await card.getByText(/secret rotated/).waitFor();
    await card.getByRole('button', { name: 'Delete' }).click();
    await card.getByRole('button', { name: 'Confirm delete' }).click();
    await page.getByText('No endpoints yet.').waitFor();
    await page.context().close();
  });
});
