import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { TicketViewError, type TicketView } from '../ticket-view';
import { renderTicketsPdf, type TicketPdfOptions } from './ticket-pdf';
import type { TicketPdfOutcome, TicketPdfTask } from './ticket-pdf.worker';

export type TicketPdfRendererOptions = Readonly<{
  /** Worker threads (TICKET_PDF_THREADS); 0 renders on the caller's thread. */
  threads: number;
  /** The compiled worker script; by default the one built beside this file. */
  workerFile?: string;
}>;

/**
 * Ticket PDFs (renderTicketsPdf) rendered on worker threads, so a confirmation mail's PDF (a few
 * milliseconds of font metrics, QR and deflate per booking) does not hold up the event loop that
 * takes the next holds and payments: on two cores the second one draws the tickets. Without a
 * compiled worker script (the sources run under Jest) or with 0 threads it renders inline; the
 * document is the same either way (ticket-pdf-renderer.int.spec.ts).
 */
export class TicketPdfRenderer {
  private readonly pool?: Piscina<TicketPdfTask, TicketPdfOutcome>;

  constructor(options: TicketPdfRendererOptions) {
    const workerFile = options.workerFile ?? join(__dirname, 'ticket-pdf.worker.js');
    if (options.threads > 0 && existsSync(workerFile))
      this.pool = new Piscina({
        filename: workerFile,
        minThreads: 0,
        maxThreads: options.threads,
        idleTimeout: 30_000,
      });
  }

  get threaded(): boolean {
    return this.pool !== undefined;
  }

  async render(tickets: readonly TicketView[], options: TicketPdfOptions): Promise<Buffer> {
    if (!this.pool) return renderTicketsPdf(tickets, options);
    const outcome = await this.pool.run({ tickets, options });
    if ('refused' in outcome) throw new TicketViewError(outcome.refused);
    return Buffer.from(outcome.pdf.buffer, outcome.pdf.byteOffset, outcome.pdf.byteLength);
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}
