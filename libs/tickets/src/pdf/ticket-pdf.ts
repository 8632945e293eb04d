import PDFDocument from 'pdfkit';
import { QR_MARGIN, qrMatrix, type QrMatrix } from '../qr';
import { eventTimeLabel, moneyLabel, seatLabel, TicketViewError, type TicketView } from '../ticket-view';
import { toWinAnsi } from './pdf-text';

export interface TicketPdfOptions {
  /** A6 (a ticket-sized page, the default) or A4 (print at home); one page per ticket either way. */
  readonly pageSize?: 'A6' | 'A4';
  readonly locale?: string;
  /** The document's creation date (time is given, not read). */
  readonly createdAt: Date;
  /**
   * TrueType fonts to embed. Without them the PDF uses the standard Helvetica, which covers
   * Latin-1 only: names in other scripts need a font (e.g. Noto Sans) passed here.
   */
  readonly fonts?: { readonly regular: Buffer; readonly bold: Buffer };
  readonly producer?: string;
}

const POINTS_PER_MM = 72 / 25.4;
const GREY = '#555555';

/** One page per ticket: event, time in the venue's zone, venue, seat, attendee, tier, booking, QR. */
export async function renderTicketsPdf(tickets: readonly TicketView[], options: TicketPdfOptions): Promise<Buffer> {
  if (tickets.length === 0) throw new TicketViewError('no tickets to print');
  const locale = options.locale ?? 'en-GB';
  // Formatting first: a bad time zone, instant or currency fails before a document is started.
  const labels = tickets.map((ticket) => ({
    time: eventTimeLabel(ticket.event, locale),
    price: ticket.priceTier.price ? ` · ${moneyLabel(ticket.priceTier.price, locale)}` : '',
  }));
  const first = tickets[0]!;
  const text = options.fonts ? (s: string) => s : toWinAnsi;
  const doc = new PDFDocument({
    size: options.pageSize ?? 'A6',
    margin: 0,
    autoFirstPage: false,
    pdfVersion: '1.7',
    lang: locale,
    displayTitle: true,
    info: {
      Title: text(`Tickets: ${first.event.title}`),
      Subject: text(`Booking ${first.bookingNumber}`),
      Keywords: tickets.map((t) => t.ticketId).join(' '),
      Producer: options.producer ?? 'event-booking-platform',
      Creator: options.producer ?? 'event-booking-platform',
      CreationDate: options.createdAt,
      ModDate: options.createdAt,
    },
  });
  const regular = options.fonts ? 'ticket-regular' : 'Helvetica';
  const bold = options.fonts ? 'ticket-bold' : 'Helvetica-Bold';
  if (options.fonts) {
    doc.registerFont(regular, options.fonts.regular);
    doc.registerFont(bold, options.fonts.bold);
  }
  const done = collect(doc);
  for (const [index, ticket] of tickets.entries()) {
    const lines = labels[index]!;
    doc.addPage();
    const page = { width: doc.page.width, height: doc.page.height };
    const scale = page.width / (105 * POINTS_PER_MM); // 1 on A6, 2 on A4
    const margin = 8 * POINTS_PER_MM * scale;
    const width = page.width - 2 * margin;
    doc.x = margin;
    doc.y = margin;
    doc
      .font(bold)
      .fontSize(14 * scale)
      .fillColor('black');
    doc.text(text(ticket.event.title), { width, height: 40 * scale, ellipsis: true });
    doc.moveDown(0.3);
    doc.font(regular).fontSize(8.5 * scale);
    doc.text(text(lines.time.when), { width, height: 24 * scale, ellipsis: true });
    doc
      .fillColor(GREY)
      .text(text(lines.time.zone), { width, height: 12 * scale, ellipsis: true })
      .fillColor('black');
    const venue = [ticket.venue.name, ticket.venue.address].filter(Boolean).join(', ');
    doc.text(text(venue), { width, height: 24 * scale, ellipsis: true });
    doc.moveDown(0.6);
    const field = (label: string, value: string) => {
      doc
        .font(regular)
        .fontSize(6.5 * scale)
        .fillColor(GREY);
      doc.text(text(label).toUpperCase(), { width, characterSpacing: 0.5 });
      doc
        .font(bold)
        .fontSize(10.5 * scale)
        .fillColor('black');
      doc.text(text(value), { width, height: 26 * scale, ellipsis: true });
      doc.moveDown(0.35);
    };
    field('Seat', seatLabel(ticket.seat));
    field('Attendee', ticket.attendeeName);
    field('Ticket type', ticket.priceTier.name + lines.price);
    field('Booking', ticket.bookingNumber);

    // The QR code takes the space left, its 4-module quiet zone (above and below) clear of any text.
    const matrix = qrMatrix(ticket.code);
    const caption = 9 * scale;
    const room = page.height - margin - caption - doc.y;
    const side = Math.min(width * 0.6, (room * matrix.size) / (matrix.size + 2 * QR_MARGIN));
    const quiet = (side / matrix.size) * QR_MARGIN;
    const top = page.height - margin - caption - quiet - side;
    drawQr(doc, matrix, (page.width - side) / 2, top, side);
    doc
      .font(regular)
      .fontSize(6.5 * scale)
      .fillColor(GREY);
    doc.text(`Ticket ${ticket.ticketId}`, margin, top + side + quiet, { width, align: 'center' });
  }

  doc.end();
  return done;
}

/** Vector modules, one rectangle per horizontal run: sharp at any printer resolution. */
function drawQr(doc: PDFKit.PDFDocument, matrix: QrMatrix, x: number, y: number, side: number): void {
  const module = side / matrix.size;
  for (let row = 0; row < matrix.size; row++) {
    let column = 0;
    while (column < matrix.size) {
      if (!matrix.isDark(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < matrix.size && matrix.isDark(row, column)) column++;
      doc.rect(x + start * module, y + row * module, (column - start) * module, module);
    }
  }
  doc.fillColor('black').fill();
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
