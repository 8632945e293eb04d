import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_PERSONAS } from '@booking/platform';
import { curvedRows, expandPlan, gridRows, type SeatingPlan } from '@booking/domain';
import { people } from '../apps/standalone/src/testing/test-app';
import { accessibilityViolations, browserSuite, chromiumAvailable, fillEventEssentials } from './browser';

const run = chromiumAvailable() ? describe : describe.skip;

/** Where a plan point is on the screen: the canvas publishes its current view as "scale tx ty". */
async function seatPoint(page: Page, plan: SeatingPlan, seatId: string, scope = page.locator('canvas')) {
  const canvas = scope.first();
  // Whole and clear of the sticky header: a click or hover on a seat under it would miss.
  await canvas.evaluate((c) => c.scrollIntoView({ block: 'center' }));
  const box = await canvas.boundingBox();
  const view = await canvas.getAttribute('data-view');
  const seat = expandPlan(plan).find((s) => s.id === seatId);
  if (!box || !view || !seat) throw new Error(`no canvas, view or seat ${seatId}`);
  const [scale, tx, ty] = view.split(' ').map(Number);
  return { x: box.x + seat.x * scale + tx, y: box.y + seat.y * scale + ty };
}

async function clickSeat(page: Page, plan: SeatingPlan, seatId: string) {
  const p = await seatPoint(page, plan, seatId);
  await page.mouse.click(p.x, p.y);
}

run('in the browser: seating plans', () => {
  const app = browserSuite();
  const title = 'Seatmap Gala Evening';

  const signedIn = (email: string, viewport = { width: 1280, height: 1000 }) => app.signedIn(email, viewport);
  const item = (page: Page) => page.getByRole('listitem').filter({ hasText: title });

  // The plan the organizer builds below, as the generators and the placement fields make it.
  const stalls = {
    id: 'stalls',
    name: 'Stalls',
    kind: 'seated',
    priceTierId: 'x',
    placement: { x: 0, y: 0 },
    shape: { type: 'curved', radius: 10 },
    rows: curvedRows({ rows: 3, seatsInFirstRow: 8, seatsAddedPerRow: 2 }),
  } as const;
  const geometry: SeatingPlan = { sections: [stalls] };

  it('an organizer builds a plan with the generators, marks seats on the canvas, saves and reloads it', async () => {
    const organizer = await signedIn(DEMO_PERSONAS.organizer.email);
    await organizer.goto(`${app.t.url}/organizer/events/new`);
    await organizer.getByLabel('Title').fill(title);
    await organizer.getByLabel('Category').selectOption('music');
    await fillEventEssentials(organizer, {
      startsAt: '2031-05-01T19:30',
      capacity: 100,
      venue: 'Harbour Hall',
      city: 'Porto',
      country: 'PT',
      price: '25.50',
    });
    await organizer.getByRole('button', { name: 'Create event' }).click();
    // The new draft opens in its editor, which says what comes next.
    await organizer
      .getByRole('status')
      .filter({ hasText: 'Draft created' })
      .getByRole('link', { name: 'seating plan' })
      .click();
    await organizer.getByRole('heading', { name: 'Seating plan', level: 1 }).waitFor();

    // A curved section from the generator, moved to (0, 0).
    const add = organizer.getByRole('form', { name: 'Add section' });
    await add.getByText('Curved rows').click();
    await add.getByLabel('Section name').fill('Stalls');
    await add.getByLabel('Rows', { exact: true }).fill('3');
    await add.getByLabel('Seats in the first row').fill('8');
    await add.getByLabel('Seats added per row').fill('2');
    await add.getByLabel(/^Radius/).fill('10');
    await add.getByRole('button', { name: 'Add section' }).click();
    await organizer.getByTestId('plan-capacity').getByText('Capacity: 30').waitFor();
    await organizer.getByLabel('Position y').fill('0');
    await organizer.getByLabel('Position x').fill('0');

    // A standing area.
    await add.getByText('Standing area').click();
    await add.getByLabel('Section name').fill('Floor');
    await add.getByLabel('Capacity').fill('50');
    await add.getByLabel(/^Width/).fill('12');
    await add.getByLabel(/^Depth/).fill('6');
    await add.getByRole('button', { name: 'Add section' }).click();
    await organizer.getByTestId('plan-capacity').getByText('Capacity: 80').waitFor();

    // An invalid row names the field, with the shared validation's message.
    await organizer.getByRole('button', { name: /^Stalls/ }).click();
    await organizer.getByLabel('Row A seats').fill('0');
    await organizer.getByText('sections[0].rows[0].seats must be a whole number from 1 to 500').first().waitFor();
    await organizer.getByRole('button', { name: /^Undo change row A/ }).click();
    await organizer.getByTestId('plan-capacity').getByText('Capacity: 80').waitFor();
    expect(await organizer.getByText(/must be a whole number/).count()).toBe(0);

    // On the canvas: select a seat, mark it accessible; select another, remove it.
    await clickSeat(organizer, geometry, 'stalls:A:4');
    await organizer.getByTestId('selection-count').getByText('1 seat selected').waitFor();
    await organizer.getByRole('button', { name: 'Mark accessible' }).click();
    await organizer.getByRole('button', { name: 'Clear selection' }).click();
    await clickSeat(organizer, geometry, 'stalls:B:1');
    await organizer.getByTestId('selection-count').getByText('1 seat selected').waitFor();
    await organizer.getByRole('button', { name: 'Remove seats' }).click();
    await organizer.getByTestId('plan-capacity').getByText('Capacity: 79').waitFor();
    const hoverAt = await seatPoint(organizer, geometry, 'stalls:A:4');
    await organizer.mouse.move(hoverAt.x, hoverAt.y);
    await organizer
      .getByTestId('seat-tooltip')
      .getByText('Stalls · Row A · Seat 4 · Standard · ♿ Accessible')
      .waitFor();
    expect(await accessibilityViolations(organizer)).toEqual([]);

    await organizer.getByRole('button', { name: 'Save plan' }).click();
    await organizer.getByText(/^Saved: version \d+, 79 places\./).waitFor();

    await organizer.reload();
    await organizer.getByTestId('plan-capacity').getByText('Capacity: 79').waitFor();
    const summary = organizer.getByTestId('plan-summary');
    await summary.getByRole('row', { name: /Stalls Seated 29 Standard 1 0/ }).waitFor();
    await summary.getByRole('row', { name: /Floor Standing 50 Standard 0 0/ }).waitFor();
    const again = await seatPoint(organizer, geometry, 'stalls:A:4');
    await organizer.mouse.move(again.x, again.y);
    await organizer
      .getByTestId('seat-tooltip')
      .getByText(/♿ Accessible/)
      .waitFor();
    const removed = await seatPoint(organizer, geometry, 'stalls:B:1');
    await organizer.mouse.move(removed.x, removed.y);
    await organizer
      .getByTestId('seat-tooltip')
      .getByText(/Row B · Seat 1 · Standard · Removed/)
      .waitFor();

    // Review and publish, as any event.
    await organizer.goto(`${app.t.url}/organizer`);
    await item(organizer).getByRole('button', { name: 'Submit for approval' }).click();
    await item(organizer)
      .getByText(/Awaiting approval/i)
      .waitFor();
    const admin = await signedIn(DEMO_PERSONAS.admin.email);
    await admin.goto(`${app.t.url}/admin/events`);
    await item(admin).getByRole('button', { name: 'Approve' }).click();
    await item(admin).waitFor({ state: 'detached' });
    await organizer.reload();
    await item(organizer).getByRole('button', { name: 'Publish' }).click();
    await item(organizer)
      .getByText(/Published/i)
      .first()
      .waitFor();
    await admin.context().close();
    await organizer.context().close();
  });

  it('a visitor sees the seat map; a buyer holds two seats picked on it; another viewer sees them taken', async () => {
    const visitor = await (await app.browser.newContext({ viewport: { width: 1280, height: 1000 } })).newPage();
    await visitor.goto(`${app.t.url}/?q=seatmap`);
    await visitor.getByRole('link', { name: title }).click();
    const map = visitor.getByTestId('seat-map');
    await map.waitFor();
    const eventPath = new URL(visitor.url()).pathname;
    const eventId = eventPath.split('/').pop() ?? '';
    const { body } = await app.t.call('GET', `/api/events/${eventId}/seating-plan`);
    const plan = body.plan as SeatingPlan;
    await map.getByRole('row', { name: /Stalls Seated 29 29 Standard/ }).waitFor();
    expect(await accessibilityViolations(visitor)).toEqual([]);

    const buyer = await signedIn(DEMO_PERSONAS.attendee.email);
    await buyer.goto(`${app.t.url}${eventPath}`);
    await buyer
      .getByTestId('seat-map')
      .getByRole('row', { name: /Stalls Seated 29 29/ })
      .waitFor();
    await clickSeat(buyer, plan, 'stalls:C:5');
    await clickSeat(buyer, plan, 'stalls:C:6');
    await buyer.getByText('2 seats picked').waitFor();
    await buyer.getByTestId('picked-seats').getByText('Row C, seat 5').waitFor();
    expect(await accessibilityViolations(buyer)).toEqual([]);
    await buyer.getByRole('button', { name: 'Hold 2 seats' }).click();
    await buyer.getByText(/You hold 2 seats/).waitFor();

    // The visitor's page follows the sale over SSE (no reload): free count and greyed seats.
    await map.getByRole('row', { name: /Stalls Seated 29 27 Standard/ }).waitFor({ timeout: 15_000 });
    const taken = await seatPoint(visitor, plan, 'stalls:C:5');
    await visitor.mouse.move(taken.x, taken.y);
    await visitor.getByTestId('seat-tooltip').getByText('Stalls · Row C · Seat 5 · Standard · Taken').waitFor();

    // The buyer cannot pick a taken seat.
    await buyer.reload();
    await buyer
      .getByTestId('seat-map')
      .getByRole('row', { name: /Stalls Seated 29 27/ })
      .waitFor();
    await clickSeat(buyer, plan, 'stalls:C:5');
    await buyer.getByText('C-5 is taken.').waitFor();

    // The keyboard picks seats too: arrows walk seat to seat (announced), Enter picks.
    const canvas = buyer.getByTestId('seat-map').locator('canvas');
    const cursor = buyer.getByTestId('seat-cursor');
    await canvas.focus();
    const announcedAfter = async (previous: string, timeout = 10_000) => {
      await buyer
        .waitForFunction(
          (prev) => (document.querySelector('[data-testid="seat-cursor"]')?.textContent ?? '') !== prev,
          previous,
          { timeout },
        )
        .catch(() => undefined); // at the plan's edge a step goes nowhere
      return (await cursor.textContent()) ?? '';
    };
    await buyer.keyboard.press('ArrowUp'); // the first arrow lands on the seat nearest the middle
    let announced = await announcedAfter('');
    for (const key of ['ArrowUp', 'ArrowLeft', 'ArrowDown', 'ArrowDown', 'ArrowRight']) {
      if (!announced.includes('Taken')) break;
      await buyer.keyboard.press(key);
      announced = await announcedAfter(announced, 2000);
    }
    expect(announced).not.toContain('Taken');
    const [, row, first] = /Row (\w+) · Seat (\d+)/.exec(announced) ?? [];
    expect(row).toBeDefined();
    await buyer.keyboard.press('Enter');
    await buyer.getByText('1 seat picked').waitFor();
    await buyer.getByTestId('picked-seats').getByText(`Row ${row}, seat ${first}`).waitFor();
    await buyer.keyboard.press('ArrowRight');
    const [, nextRow, second] = /Row (\w+) · Seat (\d+)/.exec(await announcedAfter(announced)) ?? [];
    expect({ nextRow, differs: second !== first }).toEqual({ nextRow: row, differs: true });
    await buyer.keyboard.press(' ');
    await buyer.getByText('2 seats picked').waitFor();
    await buyer.getByTestId('picked-seats').getByText(`Row ${row}, seat ${second}`).waitFor();
    await buyer.screenshot({ path: join(__dirname, '..', '.cache', 'e2e-seat-map.png'), fullPage: true });

    // On a phone in dark mode: the map fits the screen, the free counts read as a table, axe-clean.
    const phone = await (
      await app.browser.newContext({ viewport: { width: 375, height: 740 }, colorScheme: 'dark' })
    ).newPage();
    await phone.goto(`${app.t.url}${eventPath}`);
    await phone
      .getByTestId('seat-map')
      .getByRole('row', { name: /Stalls Seated 29 27/ })
      .waitFor();
    const phoneCanvas = await phone.getByTestId('seat-map').locator('canvas').boundingBox();
    expect(phoneCanvas?.width).toBeLessThanOrEqual(375);
    expect(await accessibilityViolations(phone)).toEqual([]);
    await phone.screenshot({ path: join(__dirname, '..', '.cache', 'e2e-seat-map-phone.png'), fullPage: true });
    await phone.context().close();
    await visitor.context().close();
    await buyer.context().close();
  });

  it('draws a 20,000-seat arena (figures printed, not asserted)', async () => {
    // 40 blocks of 10 rows × 50 seats around a floor, via the API as the owner; then published.
    const tiers = [
      { id: 'standard', name: 'Standard', price: { amount: 4000, currency: 'EUR' } },
      { id: 'premium', name: 'Premium', price: { amount: 9000, currency: 'EUR' } },
    ];
    const { eventId } = await app.t.createEvent(people.organizer, {
      title: 'Arena Benchmark',
      capacity: 100,
      priceTiers: tiers,
    });
    const sections = Array.from({ length: 40 }, (_, i) => {
      const angle = (i / 40) * 360;
      const turn = (angle * Math.PI) / 180;
      return {
        id: `block-${i + 1}`,
        name: `Block ${i + 1}`,
        kind: 'seated' as const,
        priceTierId: i % 4 === 0 ? 'premium' : 'standard',
        placement: { x: Math.round(Math.sin(turn) * 120), y: Math.round(-Math.cos(turn) * 120), rotation: angle },
        shape: { type: 'straight' as const },
        rows: gridRows({ rows: 10, seatsPerRow: 50 }),
        exceptions: [{ row: 'A', number: 25, accessible: true }],
      };
    });
    const arena: SeatingPlan = { stage: { label: 'Floor', x: 0, y: 0, width: 80, depth: 50 }, sections };
    expect(expandPlan(arena)).toHaveLength(20_000);
    const put = await app.t.call('PUT', `/api/events/${eventId}/seating-plan`, { as: people.organizer, body: arena });
    expect(put.status).toBe(200);
    for (const [step, by] of [
      ['submit', people.organizer],
      ['approve', people.admin],
      ['publish', people.organizer],
    ] as const) {
      expect((await app.t.call('POST', `/api/events/${eventId}/${step}`, { as: by })).status).toBe(200);
    }

    const page = await (await app.browser.newContext({ viewport: { width: 1280, height: 1000 } })).newPage();
    const started = Date.now();
    await page.goto(`${app.t.url}/events/${eventId}`);
    const canvas = page.getByTestId('seat-map').locator('canvas');
    await page.waitForFunction(() => document.querySelector('canvas[data-seats="20000"][data-draw-ms]') !== null);
    const firstDraw = Date.now() - started;
    // Every redraw then waits for its pixels (data-measure), so the figures include rasterizing.
    await canvas.evaluate((c: HTMLCanvasElement) => (c.dataset.measure = 'raster'));
    const redraw = (key: string) =>
      canvas.evaluate(
        (c: HTMLCanvasElement, k: string) =>
          new Promise<number>((resolve) => {
            c.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
            requestAnimationFrame(() => resolve(Number(c.dataset.drawMs)));
          }),
        key,
      );
    await canvas.focus();
    const fullView = await redraw('0'); // fit: all 20,000 seats on screen
    const draws: number[] = [];
    for (const key of [...'++++++------'.split(''), 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'])
      draws.push(await redraw(key));
    // Baseline in the same page: 20,000 separate arc+fill calls, the naive way to draw seats.
    const baseline = await page.evaluate(() => {
      const c = document.createElement('canvas');
      c.width = 1200;
      c.height = 460;
      const ctx = c.getContext('2d');
      if (!ctx) return -1;
      const t0 = performance.now();
      for (let i = 0; i < 20_000; i++) {
        ctx.beginPath();
        ctx.arc((i % 200) * 6, Math.floor(i / 200) * 4.6, 2, 0, Math.PI * 2);
        ctx.fillStyle = i % 4 ? '#228be6' : '#fd7e14';
        ctx.fill();
      }
      ctx.getImageData(0, 0, 1, 1); // wait for the drawing to finish
      return performance.now() - t0;
    });
    const sorted = [...draws].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(
      `[bench:seatmap] 20,000 seats in Chromium: page open to first draw ${firstDraw} ms; ` +
        `full-view redraw ${fullView.toFixed(1)} ms; zoom/pan redraws median ${median.toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms; ` +
        `baseline (20,000 naive arc+fill calls) ${baseline.toFixed(1)} ms`,
    );
    expect(draws.every((d) => d > 0)).toBe(true);
    await page.context().close();

    // The editor on the same arena: open it, then one edit (a row added to a block) until redrawn.
    const admin = await signedIn(DEMO_PERSONAS.admin.email);
    const openedAt = Date.now();
    await admin.goto(`${app.t.url}/organizer/events/${eventId}/seating`);
    await admin.waitForFunction(() => document.querySelector('canvas[data-seats="20000"][data-draw-ms]') !== null);
    const editorOpen = Date.now() - openedAt;
    // One edit, timed in the page: click → model rebuilt, validated, re-rendered and drawn (next frame).
    const edit = await admin.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const canvasEl = document.querySelector('canvas[data-seats]') as HTMLCanvasElement;
          const button = Array.from(document.querySelectorAll('button')).find((b) => b.textContent === 'Add row');
          const t0 = performance.now();
          const observer = new MutationObserver(() => {
            if (canvasEl.dataset.seats !== '20050') return;
            observer.disconnect();
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
          });
          observer.observe(canvasEl, { attributes: true });
          button?.click();
        }),
    );
    await admin.getByTestId('plan-capacity').getByText('Capacity: 20050').waitFor();
    console.log(
      `[bench:seatmap] editor on 20,000 seats: open to first draw ${editorOpen} ms; add a row → redrawn ${edit.toFixed(0)} ms`,
    );
    await admin.context().close();
  });
});
