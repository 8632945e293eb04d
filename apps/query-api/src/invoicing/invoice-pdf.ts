import PDFDocument from 'pdfkit';
import { type Money, minorDigits } from '@booking/domain';
import type { InvoiceDoc } from '@booking/projections';

/** Plain Latin-1 for the standard Helvetica: other letters are folded or printed as '?'. */
const latin1 = (text: string) =>
  [...text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')]
    .map((char) => (char.charCodeAt(0) >= 0x20 && char.charCodeAt(0) <= 0xff ? char : '?'))
    .join('');

export const amountLabel = ({ amount, currency }: Money) => {
  const digits = minorDigits(currency);
  const sign = amount < 0 ? '-' : '';
  const abs = String(Math.abs(amount)).padStart(digits + 1, '0');
  const whole = digits ? abs.slice(0, -digits) : abs;
  return `${sign}${whole}${digits ? `.${abs.slice(-digits)}` : ''} ${currency}`;
};

const rateLabel = (basisPoints: number) => `${(basisPoints / 100).toFixed(2).replace(/\.?0+$/, '')} %`;

/**
 * An A4 invoice or credit note from its issued event's copy. Everything printed, and the PDF's
 * dates and file id, come from the document (`issuedAt`): rendering it again gives the same bytes,
 * so nothing is stored (docs/invoices.md).
 */
export function renderInvoicePdf(doc: InvoiceDoc): Promise<Buffer> {
  const credit = doc.kind === 'credit-note';
  const title = credit ? 'Credit note' : 'Invoice';
  const issued = new Date(doc.issuedAt);
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 50,
    pdfVersion: '1.7',
    lang: 'en',
    displayTitle: true,
    info: {
      Title: latin1(`${title} ${doc.number}`),
      Subject: latin1(doc.eventTitle),
      Producer: 'event-booking-platform',
      Creator: 'event-booking-platform',
      CreationDate: issued,
      ModDate: issued,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const text = (value: string, options?: PDFKit.Mixins.TextOptions) => pdf.text(latin1(value), options);

  pdf.font('Helvetica-Bold').fontSize(20);
  text(`${title} ${doc.number}`);
  pdf.font('Helvetica').fontSize(10).moveDown(0.5);
  text(`Date: ${doc.issuedAt.slice(0, 10)}`);
  if (doc.refers) text(`Corrects invoice ${doc.refers.number}`);
  if (doc.reason) text(`Reason: ${doc.reason}`);
  pdf.moveDown();

  pdf.font('Helvetica-Bold');
  text('Seller');
  pdf.font('Helvetica');
  text(doc.seller.name);
  if (doc.seller.address) text(doc.seller.address);
  if (doc.seller.taxId) text(`Tax id: ${doc.seller.taxId}`);
  pdf.moveDown();

  pdf.font('Helvetica-Bold');
  text('Bill to');
  pdf.font('Helvetica');
  if (doc.buyer === '[erased]') text('[erased]');
  else {
    const address = doc.buyer.address;
    if (address) {
      text(address.name);
      if (address.company) text(address.company);
      text(address.street);
      text(`${address.postalCode} ${address.city}`);
      text(address.country);
      if (address.vatId) text(`VAT id: ${address.vatId}`);
    } else text(doc.buyer.name);
    text(doc.buyer.email);
  }
  pdf.moveDown();
  text(`Event: ${doc.eventTitle}`);
  text(`Booking: ${doc.bookingId}`);
  pdf.moveDown();

  const columns = [50, 270, 340, 420, 500];
  const row = (cells: string[], bold = false) => {
    const y = pdf.y;
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    cells.forEach((cell, i) =>
      pdf.text(latin1(cell), columns[i], y, {
        width: i === 0 ? 210 : 75,
        align: i === 0 ? 'left' : 'right',
        lineBreak: false,
        ellipsis: true,
      }),
    );
    pdf.x = 50;
    pdf.y = y + 16;
  };
  row(['Item', 'Tax rate', 'Net', 'Tax', 'Gross'], true);
  for (const line of doc.lines)
    row([
      line.description,
      rateLabel(line.taxRate),
      amountLabel(line.net),
      amountLabel(line.tax),
      amountLabel(line.gross),
    ]);
  pdf.moveDown(0.5);
  row(['Total', '', amountLabel(doc.totals.net), amountLabel(doc.totals.tax), amountLabel(doc.totals.gross)], true);
  pdf.moveDown(2);
  pdf.font('Helvetica').fontSize(8);
  text(`Document ${doc._id} · series ${doc.series} · number ${doc.sequence}`, { width: 495 });
  pdf.end();
  return done;
}
