import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TicketViewError, type TicketView } from '../ticket-view';
import { TicketPdfRenderer } from './ticket-pdf-renderer';
import { renderTicketsPdf } from './ticket-pdf';

// The compiled worker script: `npm test` builds dist/ first (scripts/test.cjs); under Jest the
// sources have no .js worker beside them, so the renderer is pointed at the build.
const workerFile = join(__dirname, '../../../../dist/libs/tickets/src/pdf/ticket-pdf.worker.js');

const ticket: TicketView = {
  ticketId: '0193a1f2-7c4d-7e11-9a2b-3c4d5e6f7a8b',
  code: 'A'.repeat(135),
  event: { title: 'Mahler 5', startsAt: '2026-12-12T18:30:00Z', timeZone: 'Europe/Berlin' },
  venue: { name: 'Philharmonie' },
  seat: { section: 'Block A', row: '12', number: '7' },
  attendeeName: 'Zoë Łukasiewicz',
  priceTier: { name: 'Standard', price: { amountMinor: 4950, currency: 'EUR' } },
  bookingNumber: 'BK-7F3K-92QX',
};
const createdAt = new Date('2026-12-05T10:00:00Z');

describe('TicketPdfRenderer', () => {
  let threaded: TicketPdfRenderer;
  beforeAll(() => {
    if (!existsSync(workerFile)) throw new Error(`${workerFile} is missing: run npm run build:server`);
    threaded = new TicketPdfRenderer({ threads: 1, workerFile });
  });
  afterAll(() => threaded.close());

  it('draws on a worker thread the same document the event loop would', async () => {
    const [onWorker, inline] = await Promise.all([
      threaded.render([ticket, { ...ticket, ticketId: '0193a1f2-7c4d-7e11-9a2b-3c4d5e6f7a8c' }], { createdAt }),
      renderTicketsPdf([ticket, { ...ticket, ticketId: '0193a1f2-7c4d-7e11-9a2b-3c4d5e6f7a8c' }], { createdAt }),
    ]);

    expect(threaded.threaded).toBe(true);
    expect(Buffer.isBuffer(onWorker)).toBe(true);
    expect(onWorker.subarray(0, 5).toString()).toBe('%PDF-');
    expect(onWorker.equals(inline)).toBe(true);
  });

  it('refuses tickets it cannot print with the same error class as inline rendering', async () => {
    const bad = { ...ticket, event: { ...ticket.event, timeZone: 'Mars/Olympus' } };

    await expect(threaded.render([bad], { createdAt })).rejects.toThrow(TicketViewError);
    await expect(threaded.render([bad], { createdAt })).rejects.toThrow('unknown time zone Mars/Olympus');
    await expect(threaded.render([], { createdAt })).rejects.toThrow(TicketViewError);
  });

  it('renders inline with no threads, or without a compiled worker script', async () => {
    for (const renderer of [
      new TicketPdfRenderer({ threads: 0, workerFile }),
      new TicketPdfRenderer({ threads: 2, workerFile: join(__dirname, 'no-such-worker.js') }),
    ]) {
      expect(renderer.threaded).toBe(false);
      expect(
        (await renderer.render([ticket], { createdAt })).equals(await renderTicketsPdf([ticket], { createdAt })),
      ).toBe(true);
      await renderer.close();
    }
  });
});
