import * as QRCode from 'qrcode';
import { base32Decode } from './scanner/base32';
import { QR_MARGIN, qrMatrix, qrPng, qrSvg, TICKET_QR_ERROR_CORRECTION } from './qr';
import { TicketCodes } from './ticket-code';
import { ticketSigningSecrets } from './ticket-keys';

const code = new TicketCodes(ticketSigningSecrets(1, new Map([[1, new Uint8Array(32).fill(3)]]))).issue({
  eventId: 'a3c1e3b2-1b7e-4c55-9a7b-1f1e0c7d2a10',
  ticketId: '0193a1f2-7c4d-7e11-9a2b-3c4d5e6f7a8b',
  reissue: 0,
});

describe('ticket QR code', () => {
  it('packs a base32 code into a smaller symbol than the same bytes in base64url (the README figures)', () => {
    const base64url = Buffer.from(base32Decode(code)!).toString('base64url');
    const version = (text: string, level: 'L' | 'M' | 'Q' | 'H') =>
      QRCode.create(text, { errorCorrectionLevel: level }).version;
    const versions = (text: string) => ({
      L: version(text, 'L'),
      M: version(text, 'M'),
      Q: version(text, 'Q'),
      H: version(text, 'H'),
    });

    expect([code.length, base64url.length]).toEqual([135, 112]);
    // Base32 is one version (4 modules a side) smaller at every level.
    expect(versions(code)).toEqual({ L: 5, M: 6, Q: 8, H: 9 });
    expect(versions(base64url)).toEqual({ L: 6, M: 7, Q: 9, H: 10 });
    expect(QRCode.create(code, {}).segments.map((s) => s.mode.id)).toEqual(['Alphanumeric']);
    expect(TICKET_QR_ERROR_CORRECTION).toBe('M');
    expect(qrMatrix(code)).toMatchObject({ version: 6, size: 41 });
  });

  it('draws the same modules as the library would, without its search for the cheapest modes', () => {
    const matrix = qrMatrix(code);
    const reference = QRCode.create(code, { errorCorrectionLevel: TICKET_QR_ERROR_CORRECTION }).modules;
    const dark = (get: (row: number, column: number) => boolean) =>
      Array.from({ length: matrix.size * matrix.size }, (_, i) => get(Math.floor(i / matrix.size), i % matrix.size));

    expect(dark(matrix.isDark)).toEqual(dark((row, column) => reference.get(row, column) === 1));
    expect(qrMatrix('lower-case text').version).toBe(
      QRCode.create('lower-case text', { errorCorrectionLevel: 'M' }).version,
    );
  });

  it('renders an SVG whose view box is the symbol with its quiet zone', async () => {
    const svg = await qrSvg(code);
    const side = 41 + 2 * QR_MARGIN;

    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`);
  });

  it('renders a PNG of the symbol at the asked pixels per module', async () => {
    const png = await qrPng(code, 8);
    const side = (41 + 2 * QR_MARGIN) * 8;

    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([side, side]);
  });
});
