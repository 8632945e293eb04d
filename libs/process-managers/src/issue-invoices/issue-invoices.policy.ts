import {
  IdempotencyStore,
  bookingModel,
  catalogModel,
  invoiceDocumentsModel,
  invoiceSeriesModel,
  invoiceSettingsModel,
} from '@booking/command-pipeline';
import {
  type BookingState,
  type BookingTicket,
  type InvoiceIssued,
  type InvoiceSettings,
  type TaxableItem,
  allocate,
  defaultInvoicePrefix,
  invoiceLines,
} from '@booking/domain';
import { definePolicy, type PolicyContext } from '../policy';

type Booked = Exclude<BookingState, { status: 'none' }>;

/** A booking's invoice id: derived from the booking id, so a replay finds the invoice it issued. */
export const invoiceIdOf = (bookingId: string) => IdempotencyStore.derivedId(bookingId, 'invoice');
/** A credit note's id: derived from the refund request that caused it. */
export const creditNoteIdOf = (refundEventId: string) => IdempotencyStore.derivedId(refundEventId, 'credit-note');

/**
 * Invoices and credit notes (docs/invoices.md). BookingConfirmed of a paid booking (or of a free one
 * whose buyer gave an invoice address) → an invoice; RefundRequested for cancelled tickets of an
 * invoiced booking → a credit note for the refunded amount that refers to the invoice. Each document
 * is requested on the booking's document stream (which fixes its series: organizer and year), takes
 * the series' next number on the series stream, then is issued. Run again (inline by the command
 * handlers, then from the projector's checkpoint, or after a crash), every step is a no-op: the ids
 * derive from the booking and the refund, the number stays the document's, nothing issued changes.
 */
export const issueInvoices = definePolicy({
  id: 'policy:issue-invoices',
  on: ['BookingConfirmed', 'RefundRequested'],
  async handle(event, context) {
    const booking = await context.read(bookingModel, event.data.bookingId);
    if (booking.status === 'none' || !booking.invoiceTo) return; // an erased buyer: nobody to name
    if (event.type === 'BookingConfirmed') {
      if (event.data.reason === 'free' && !booking.invoiceTo.address) return; // none unless asked for
      await issue(context, booking, invoiceIdOf(booking.bookingId), (settings) => {
        const items = booking.tickets.map((ticket) => taxable(ticket, ticket.price.amount, rateOf(settings, ticket)));
        return { kind: 'invoice', ...invoiceLines(items, booking.total.currency) };
      });
      return;
    }
    const { ticketIds, amount } = event.data;
    if (!ticketIds?.length || amount.amount <= 0) return; // a late or second payment: no ticket was invoiced for it
    const documents = await context.read(invoiceDocumentsModel, booking.bookingId);
    const invoice = documents.invoice;
    if (!invoice) return; // nothing was invoiced (a free booking)
    const refunded = booking.tickets.filter((ticket) => ticketIds.includes(ticket.ticketId));
    const shares = allocate(
      amount,
      refunded.map((ticket) => ticket.price.amount),
    ).map((share) => share.amount);
    await issue(context, booking, creditNoteIdOf(event.id), () => {
      const items = refunded.map((ticket, i) => taxable(ticket, shares[i]!, documents.rates[ticket.ticketId] ?? 0));
      return {
        kind: 'credit-note',
        refers: { documentId: invoice.documentId, number: invoice.number },
        reason: event.data.reason,
        ...invoiceLines(items, amount.currency, -1),
      };
    });
  },
});

type Body = Pick<InvoiceIssued['data'], 'kind' | 'lines' | 'totals' | 'refers' | 'reason'>;

async function issue(
  context: PolicyContext,
  booking: Booked,
  documentId: string,
  body: (settings: InvoiceSettings | undefined) => Body,
): Promise<void> {
  const before = await context.read(invoiceDocumentsModel, booking.bookingId);
  if (before.documents[documentId]) return; // issued already
  const catalog = await context.read(catalogModel, booking.eventId);
  if (catalog.status === 'none') throw new Error(`issue-invoices: no event ${booking.eventId}`);
  const { organizerId } = catalog;
  // 1. The booking's stream fixes the series (organizer, year of this decision) and the date once.
  const requested = await context.execute(invoiceDocumentsModel, booking.bookingId, {
    type: 'RequestInvoiceNumber',
    data: { documentId, bookingId: booking.bookingId, organizerId },
  });
  const request = requested.state.requested[documentId];
  if (!request) return; // issued meanwhile (another run got there first)
  const { series, year, issuedAt } = request;
  const { settings } = await context.read(invoiceSettingsModel, organizerId);
  const prefix = settings?.numberPrefix || defaultInvoicePrefix(organizerId);
  // 2. The series' next number, appended at the series stream's exact revision: no gap, no repeat.
  const numbered = await context.execute(invoiceSeriesModel, series, {
    type: 'AssignInvoiceNumber',
    data: { series, prefix, year, documentId, bookingId: booking.bookingId },
  });
  const assigned = numbered.state.assigned.get(documentId);
  if (!assigned) throw new Error(`issue-invoices: ${documentId} got no number`);
  // 3. The document, issued once with that number; a number given out is always issued (a crash
  // before this step is finished by the next run, which finds the same number).
  await context.execute(invoiceDocumentsModel, booking.bookingId, {
    type: 'IssueInvoice',
    data: {
      documentId,
      number: assigned.number,
      series,
      sequence: assigned.sequence,
      bookingId: booking.bookingId,
      eventId: booking.eventId,
      eventTitle: catalog.details.title ?? '',
      buyerId: booking.buyerId,
      issuedAt,
      seller: {
        organizerId,
        name: settings?.sellerName ?? `Organizer ${prefix}`,
        address: settings?.sellerAddress ?? '',
        ...(settings?.taxId ? { taxId: settings.taxId } : {}),
      },
      buyer: booking.invoiceTo!,
      ...body(settings),
    },
  });
}

const rateOf = (settings: InvoiceSettings | undefined, ticket: BookingTicket): number =>
  settings?.tierTaxRates.find((t) => t.tierId === ticket.tierId)?.taxRate ?? settings?.defaultTaxRate ?? 0;

const taxable = (ticket: BookingTicket, gross: number, taxRate: number): TaxableItem => ({
  ticketId: ticket.ticketId,
  description: ticket.seatId ? `${ticket.tierName} · ${ticket.seatId}` : ticket.tierName,
  tierId: ticket.tierId,
  gross,
  taxRate,
});
