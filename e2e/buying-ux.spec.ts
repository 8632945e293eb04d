import { DEMO_PERSONAS } from '@booking/platform';
import { gridRows, type SeatingPlan } from '@booking/domain';
import { people } from '../apps/standalone/src/testing/test-app';
import { accessibilityViolations, browserSuite, chromiumAvailable } from './browser';

const run = chromiumAvailable() ? describe : describe.skip;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

run('in the browser: what a buyer is told while holding seats', () => {
  const app = browserSuite();
  const attendee = () => app.signedIn(DEMO_PERSONAS.attendee.email);

  it('a fully held event says all seats are held (not sold out) and offers no hold that must fail', async () => {
    const { eventId } = await app.t.publishedEvent(2, people.organizer, { title: 'Fully Held Recital' });
    const held = await app.t.call('POST', `/api/events/${eventId}/holds`, {
      as: people.otherAttendee,
      body: { quantity: 2 },
      headers: { 'idempotency-key': 'hold-them-all' },
    });
    expect(held.status).toBe(201);

    const page = await attendee();
    await page.goto(`${app.t.url}/events/${eventId}`);
    const availability = page.getByTestId('availability');
    await availability.getByText('Held: 2').waitFor();
    await availability.getByText('All seats held — some may free up').waitFor();
    expect(await availability.getByText('Sold out').count()).toBe(0);
    await page
      .getByTestId('hold-unavailable')
      .getByText(/come back when a hold expires or is released/)
      .waitFor();
    expect(await page.getByRole('button', { name: /^Hold/ }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Its catalog card says the same, not "Sold out".
    await page.goto(`${app.t.url}/?q=${encodeURIComponent('Fully Held Recital')}`);
    const card = page.locator('article').filter({ hasText: 'Fully Held Recital' }).first();
    await card.getByText('All seats held').waitFor();
    expect(await card.getByText('Sold out').count()).toBe(0);
    await page.context().close();
  });

  it('a hold is described in words with the focus on it; a release moves the focus to what happened', async () => {
    const { eventId } = await app.t.publishedEvent(10, people.organizer, { title: 'Focus Gala' });
    const page = await attendee();
    await page.goto(`${app.t.url}/events/${eventId}`);
    const quantity = page.getByLabel('Number of seats');
    await quantity.waitFor();

    // Keyboard focus on a text input shows a clear ring, not a 1px border colour change.
    await quantity.focus();
    const ring = await quantity.evaluate((el) => {
      const style = getComputedStyle(el);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);

    await quantity.fill('2');
    await page.getByRole('button', { name: 'Hold seats' }).click();
    const held = page.getByRole('status').filter({ hasText: 'Seats held' });
    await held.getByText(/^You hold 2 seats for Focus Gala\. Hold #[0-9A-F]{6}\.$/).waitFor();
    expect(await held.textContent()).not.toMatch(UUID);
    expect(await held.evaluate((el) => el.contains(document.activeElement))).toBe(true);

    await page.goto(`${app.t.url}/holds`);
    await page.getByRole('button', { name: 'Release 2 seats for Focus Gala' }).click();
    const notice = page.getByTestId('released-notice');
    await notice.getByText('Released 2 seats for Focus Gala.').waitFor();
    expect(await notice.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it('picking seats by keyboard announces each pick, shows the keys, and adds up the price', async () => {
    const { eventId } = await app.t.createEvent(people.organizer, {
      title: 'Priced Pick Night',
      capacity: 100,
      priceTiers: [{ id: 'standard', name: 'Standard', price: { amount: 2550, currency: 'EUR' } }],
    });
    const plan: SeatingPlan = {
      sections: [
        {
          id: 'stalls',
          name: 'Stalls',
          kind: 'seated',
          priceTierId: 'standard',
          placement: { x: 0, y: 0 },
          shape: { type: 'straight' },
          rows: gridRows({ rows: 3, seatsPerRow: 8 }),
        },
      ],
    };
    const put = await app.t.call('PUT', `/api/events/${eventId}/seating-plan`, { as: people.organizer, body: plan });
    expect(put.status).toBe(200);
    await app.t.publish(eventId);

    const page = await attendee();
    await page.goto(`${app.t.url}/events/${eventId}`);
    const map = page.getByRole('application', { name: 'Seat map' });
    await map.waitFor();
    expect(await map.getAttribute('aria-roledescription')).toBe('seat map');
    // The keys are spelled out under the map (not only in a hidden label), and can be put away.
    const help = page.getByTestId('keyboard-help');
    await help.getByText(/Enter or Space picks/).waitFor();
    await page.getByRole('button', { name: 'Hide keys' }).click();
    await help.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Show keyboard keys' }).click();
    await help.waitFor();
    await map.focus();

    const cursor = page.getByTestId('seat-cursor');
    await page.keyboard.press('ArrowUp');
    await cursor.getByText(/Row \w · Seat \d+/).waitFor();
    await page.keyboard.press('Enter');
    await cursor.getByText(/· selected$/).waitFor();
    const summary = page.getByTestId('picked-summary');
    await summary.getByText('1 seat picked · Total €25.50').waitFor();
    expect(await summary.getAttribute('role')).toBe('status');

    await page.keyboard.press('ArrowRight');
    await cursor.getByText(/Standard$/).waitFor(); // a new seat, not yet picked
    await page.keyboard.press(' ');
    await cursor.getByText(/· selected$/).waitFor();
    await summary.getByText('2 seats picked · Total €51.00').waitFor();
    await page.keyboard.press(' ');
    await cursor.getByText(/· not selected$/).waitFor();
    await summary.getByText('1 seat picked · Total €25.50').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("labels on the 20,000-seat arena's map never cover each other, zoomed out or in", async () => {
    const page = await (await app.browser.newContext({ viewport: { width: 1280, height: 1000 } })).newPage();
    await page.goto(`${app.t.url}/?q=basketball`);
    await page.getByRole('link', { name: 'European Basketball Final' }).click(); // the demo arena
    const canvas = page.getByRole('application', { name: 'Seat map' });
    await page.waitForFunction(() => document.querySelector('canvas[data-seats="20000"][data-draw-ms]') !== null);
    await canvas.evaluate((c: HTMLCanvasElement) => (c.dataset.measure = 'labels'));
    type Box = { x: number; y: number; w: number; h: number };
    /** Redraws after a key ('0' fits the plan) or a wheel step into the blocks, and returns where the labels went. */
    const labelsAfter = (step: 'fit' | 'zoom') =>
      canvas.evaluate(
        (c: HTMLCanvasElement, s: string) =>
          new Promise<Box[]>((resolve) => {
            if (s === 'fit') c.dispatchEvent(new KeyboardEvent('keydown', { key: '0', bubbles: true }));
            else {
              // Into the north-west blocks, around plan (-70, -75), so rows and their labels come into view.
              const [scale, tx, ty] = (c.dataset.view ?? '1 0 0').split(' ').map(Number);
              const rect = c.getBoundingClientRect();
              const at = { clientX: rect.x + tx - 70 * scale, clientY: rect.y + ty - 75 * scale };
              c.dispatchEvent(new WheelEvent('wheel', { deltaY: -300, bubbles: true, cancelable: true, ...at }));
            }
            requestAnimationFrame(() => resolve(JSON.parse(c.dataset.labels ?? '[]') as Box[]));
          }),
        step,
      );
    const overlapping = (boxes: Box[]) =>
      boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
          .map((b) => [a, b]),
      );
    const views = [await labelsAfter('fit')]; // the whole arena: 20 block names around the court
    for (let zoom = 0; zoom < 6; zoom++) views.push(await labelsAfter('zoom')); // down to rows and their labels
    expect(views[0].length).toBeGreaterThan(10);
    expect(Math.max(...views.slice(1).map((v) => v.length))).toBeGreaterThan(10); // row letters on the way
    expect(views.map(overlapping).filter((o) => o.length > 0)).toEqual([]);
    await page.context().close();
  });
});
