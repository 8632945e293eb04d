// RFC 4648 base32 without padding. Its alphabet (A–Z, 2–7) lies inside the QR code's alphanumeric
// set, so a base32 string is packed at 5.5 bits per character instead of 8 (see README: QR size).
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const VALUES: ReadonlyMap<string, number> = new Map([...ALPHABET].map((char, value) => [char, value]));

export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >>> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * Decodes upper-case, unpadded base32; undefined for anything else. Only the canonical spelling is
 * accepted (the unused low bits of the last character must be zero), so no two strings carry the
 * same bytes: a code cannot be altered into a second valid-looking string.
 */
export function base32Decode(text: string): Uint8Array<ArrayBuffer> | undefined {
  const length = Math.floor((text.length * 5) / 8);
  const rest = (text.length * 5) % 8;
  // Lengths that leave 5 or more spare bits cannot come from the encoder.
  if (rest >= 5) return undefined;
  const out = new Uint8Array(length);
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of text) {
    const value = VALUES.get(char);
    if (value === undefined) return undefined;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (buffer >>> bits) & 0xff;
    }
    buffer &= (1 << bits) - 1;
  }
  if (buffer !== 0) return undefined;
  return out;
}
