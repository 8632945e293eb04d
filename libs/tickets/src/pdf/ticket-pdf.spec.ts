import { pdfInfo, pdfPageCount, pdfText } from '../testing/pdf-content';
import { TicketViewError, type TicketView } from '../ticket-view';
import { toWinAnsi } from './pdf-text';
import { renderTicketsPdf } from './ticket-pdf';

const CODE = 'A'.repeat(134) + 'A';
const seated: TicketView = {
  ticketId: '0193a1f2-7c4d-7e11-9a2b-3c4d5e6f7a8b',
  code: CODE,
  event: {
    title: 'Berlin Philharmonic: Mahler 5',
    startsAt: '2026-12-12T18:30:00Z',
    endsAt: '2026-12-12T21:00:00Z',
    timeZone: 'Europe/Berlin',
  },
  venue: { name: 'Philharmonie', address: 'Herbert-von-Karajan-Str. 1, 10785 Berlin' },
  seat: { section: 'Block A', row: '12', number: '7' },
  attendeeName: 'Zoë Łukasiewicz',
  priceTier: { name: 'Standard', price: { amountMinor: 4950, currency: 'EUR' } },
  bookingNumber: 'BK-7F3K-92QX',
};
const standing: TicketView = {
  ...seated,
  ticketId: '0193a1f2-7c4d-7e11-9a2b-3c4d5e6f7a8c',
  seat: undefined,
  attendeeName: 'Sam Lee',
  priceTier: { name: 'Free', price: { amountMinor: 0, currency: 'JPY' } },
};
const createdAt = new Date('2026-12-05T10:00:00Z');

describe('renderTicketsPdf', () => {
  it('prints one page per ticket with everything the door and the attendee need', async () => {
    const pdf = await renderTicketsPdf([seated, standing], { createdAt });
    // Lines wrap where the page is narrow: compare without white space.
    const squash = (s: string) => s.replace(/\s+/g, '');
    const text = squash(pdfText(pdf).join(''));

    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBe(2);
    for (const expected of [
      'Berlin Philharmonic: Mahler 5',
      'Saturday, 12 December 2026, 19:30 – 22:00',
      'Europe/Berlin time (GMT+1)',
      'Philharmonie, Herbert-von-Karajan-Str. 1, 10785 Berlin',
      'Section Block A · Row 12 · Seat 7',
      'General admission',
      'Zoë Lukasiewicz',
      'Standard · €49.50',
      'Free · JP¥0',
      'BK-7F3K-92QX',
      `Ticket ${seated.ticketId}`,
      `Ticket ${standing.ticketId}`,
    ]) {
      expect(text).toContain(squash(expected));
    }
  });

  it('writes the tickets into the metadata with the given creation date', async () => {
    const pdf = await renderTicketsPdf([seated], { createdAt, pageSize: 'A4' });

    expect(pdfInfo(pdf, 'Title')).toBe('Tickets: Berlin Philharmonic: Mahler 5');
    expect(pdfInfo(pdf, 'Keywords')).toBe(seated.ticketId);
    expect(pdfInfo(pdf, 'CreationDate')).toBe('D:20261205100000Z');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });

  it('is deterministic for the same input and time', async () => {
    const a = await renderTicketsPdf([seated], { createdAt });
    const b = await renderTicketsPdf([seated], { createdAt });
    expect(a.equals(b)).toBe(true);
  });

  it('refuses no tickets, an unknown time zone, a bad instant or currency', async () => {
    await expect(renderTicketsPdf([], { createdAt })).rejects.toThrow(TicketViewError);
    const zone = { ...seated, event: { ...seated.event, timeZone: 'Mars/Olympus' } };
    await expect(renderTicketsPdf([zone], { createdAt })).rejects.toThrow(TicketViewError);
    const when = { ...seated, event: { ...seated.event, startsAt: 'tomorrow' } };
    await expect(renderTicketsPdf([when], { createdAt })).rejects.toThrow(TicketViewError);
    const money = { ...seated, priceTier: { name: 'X', price: { amountMinor: 1, currency: 'euro' } } };
    await expect(renderTicketsPdf([money], { createdAt })).rejects.toThrow(TicketViewError);
  });
});

describe('toWinAnsi', () => {
  it('keeps Latin-1 and WinAnsi punctuation, folds other Latin letters, replaces the rest', () => {
    expect(toWinAnsi('Zoë Łukasz – Đorđe Šimić “Ćevapi” 東京\nx')).toBe('Zoë Lukasz – Dorde Šimic “Cevapi” ?? x');
  });
});
