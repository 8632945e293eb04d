import { TicketViewError, type TicketView } from '../ticket-view';
import { renderTicketsPdf, type TicketPdfOptions } from './ticket-pdf';

export type TicketPdfTask = Readonly<{ tickets: readonly TicketView[]; options: TicketPdfOptions }>;
/** A refusal of the tickets comes back as a value: an error crossing threads loses its class. */
export type TicketPdfOutcome = Readonly<{ pdf: Uint8Array } | { refused: string }>;

/** Runs in a worker thread of TicketPdfRenderer's pool (piscina calls the default export). */
export default async function renderInWorker({ tickets, options }: TicketPdfTask): Promise<TicketPdfOutcome> {
  try {
    return { pdf: await renderTicketsPdf(tickets, options) };
  } catch (error) {
    if (error instanceof TicketViewError) return { refused: error.message };
    throw error;
  }
}
