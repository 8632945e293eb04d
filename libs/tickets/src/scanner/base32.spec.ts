import { PROPERTY_SEED, seededRandom } from '../testing/seeded-random';
import { base32Decode, base32Encode } from './base32';

describe('base32', () => {
  it('matches the RFC 4648 test vectors (without padding)', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'MY'],
      ['fo', 'MZXQ'],
      ['foo', 'MZXW6'],
      ['foob', 'MZXW6YQ'],
      ['fooba', 'MZXW6YTB'],
      ['foobar', 'MZXW6YTBOI'],
    ];
    for (const [text, encoded] of vectors) {
      expect(base32Encode(new TextEncoder().encode(text))).toBe(encoded);
      expect(new TextDecoder().decode(base32Decode(encoded))).toBe(text);
    }
  });

  it('decodes what it encodes, for any bytes', () => {
    const random = seededRandom(PROPERTY_SEED);
    for (let run = 0; run < 300; run++) {
      const bytes = random.bytes(random.int(0, 100));
      expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
    }
  });

  it('refuses lower case, padding, other characters, impossible lengths and non-zero spare bits', () => {
    for (const text of ['mzxw6', 'MZXW6===', 'MZXW1', 'M', 'MZX', 'MZXW6Y', 'MZ', 'MZXR']) {
      expect({ text, decoded: base32Decode(text) }).toEqual({ text, decoded: undefined });
    }
  });
});
