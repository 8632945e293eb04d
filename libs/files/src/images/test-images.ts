import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** Test support: images and impostors generated on the spot, so no binary fixtures live in the repo. */
export const solid = (width: number, height: number, format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif' | 'tiff') =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 90 } } })
    .toFormat(format)
    .toBuffer();

export const EXIF_MARKER = 'GPS-SECRET-MARKER-4711';

/** A 64×32 JPEG whose EXIF says "rotate 90°" and carries a GPS position and a marker string. */
export const jpegWithExif = () =>
  sharp({ create: { width: 64, height: 32, channels: 3, background: '#336699' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Copyright: EXIF_MARKER, ImageDescription: EXIF_MARKER },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' },
    })
    .toBuffer();

/** A real, fully decodable PNG of 48 megapixels that compresses to a few KB: a decompression bomb. */
export const pngBomb = () =>
  sharp({ create: { width: 8000, height: 6000, channels: 3, background: '#ffffff' }, limitInputPixels: false })
    .png({ compressionLevel: 9, palette: true, colours: 2 })
    .toBuffer();

/** A tiny PNG whose header declares 30000×30000 (900 megapixels): rejected before any pixel is decoded. */
export function pngDeclaring(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const rows = deflateSync(Buffer.alloc(1 + width)); // one blank row; the rest is "missing"
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', rows),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** The first bytes of a Linux executable and of a Windows one, as if renamed photo.jpg. */
export const elfExecutable = () =>
  Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(2000, 0x90)]);
export const peExecutable = () =>
  Buffer.concat([Buffer.from('MZ', 'ascii'), Buffer.alloc(58), Buffer.from('PE\0\0'), Buffer.alloc(2000, 0xcc)]);
export const svgWithScript = () =>
  Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
