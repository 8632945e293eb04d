import * as QRCode from 'qrcode';

/**
 * M (15 % of the symbol restorable). A 135-character code is version 6 (41 × 41 modules) at M and
 * version 8 (49 × 49) at Q (measured in qr.spec.ts). At the door a code is mostly read from a phone
 * screen, where larger modules at the same printed or displayed size read faster and from further
 * away than extra redundancy helps; 15 % still covers a crease or a smudge on paper.
 */
export const TICKET_QR_ERROR_CORRECTION = 'M';
/** The quiet zone the QR standard asks for, in modules. */
export const QR_MARGIN = 4;

/** QR's alphanumeric character set (ISO/IEC 18004, 7.4.4). */
const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]+$/;

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  readonly size: number;
  readonly version: number;
  isDark(row: number, column: number): boolean;
}

/**
 * The symbol's modules, for renderers that draw it themselves (the PDF draws vectors). Upper-case
 * base32 ticket codes are packed in alphanumeric mode as one segment; other text is left to the
 * library, which searches the cheapest mix of modes (a graph search that cost a ticket PDF more
 * than drawing its page).
 */
export function qrMatrix(text: string): QrMatrix {
  const data = ALPHANUMERIC.test(text) ? [{ data: text, mode: 'alphanumeric' as const }] : text;
  const qr = QRCode.create(data, { errorCorrectionLevel: TICKET_QR_ERROR_CORRECTION });
  return {
    size: qr.modules.size,
    version: qr.version,
    isDark: (row, column) => qr.modules.get(row, column) === 1,
  };
}

/** An SVG document (scales to any size; 1 unit = 1 module), for the SPA's ticket page and mails. */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: TICKET_QR_ERROR_CORRECTION, margin: QR_MARGIN });
}

/** A PNG image, `pixelsPerModule` pixels per module (8 → 392 px for a version 6 symbol with its quiet zone). */
export function qrPng(text: string, pixelsPerModule = 8): Promise<Buffer> {
  return QRCode.toBuffer(text, {
    type: 'png',
    errorCorrectionLevel: TICKET_QR_ERROR_CORRECTION,
    margin: QR_MARGIN,
    scale: pixelsPerModule,
  });
}
