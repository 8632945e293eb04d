import { createPublicKey, webcrypto } from 'node:crypto';
import { base32Decode, base32Encode } from './scanner/base32';
import { CODE_BYTES, decodeCode } from './scanner/code-format';
import {
  fromJwk,
  InvalidTicketKeyError,
  TicketKeyRing,
  TicketVerifierUnavailableError,
  toJwk,
  type SubtleVerifier,
} from './scanner/key-ring';
import { verifyTicketCode } from './scanner/verify-code';
import { PROPERTY_SEED, seededRandom } from './testing/seeded-random';
import { TicketCodeInputError, TicketCodes } from './ticket-code';
import { deriveEventKey, parseTicketSigningSecrets, TicketSecretsError, ticketSigningSecrets } from './ticket-keys';

const SECRET_1 = new Uint8Array(32).fill(1);
const SECRET_2 = new Uint8Array(32).fill(2);
const EVENT = 'a3c1e3b2-1b7e-4c55-9a7b-1f1e0c7d2a10';
const OTHER_EVENT = '5f0b7e0e-2f6b-4d2e-8f0c-3b0c4d9e7a21';
const TICKET = '0193a1f2-7c4d-7e11-9a2b-3c4d5e6f7a8b';
const subtle = webcrypto.subtle;

const codes = (currentKid = 1) =>
  new TicketCodes(
    ticketSigningSecrets(
      currentKid,
      new Map([
        [1, SECRET_1],
        [2, SECRET_2],
      ]),
    ),
  );
const ring = (...events: string[]) =>
  new TicketKeyRing(
    events.flatMap((e) => codes().publicKeys(e)),
    subtle,
  );

describe('TicketCodes', () => {
  it('issues a code that verifies under the event key and says which ticket and counter it is', async () => {
    const code = codes().issue({ eventId: EVENT, ticketId: TICKET, reissue: 0 });

    expect(code).toMatch(/^[A-Z2-7]{135}$/);
    expect(await verifyTicketCode(code, EVENT, ring(EVENT))).toEqual({
      ok: true,
      ticket: { eventId: EVENT, ticketId: TICKET, reissue: 0, kid: 1 },
    });
    expect(await codes().verify(code, EVENT)).toMatchObject({ ok: true });
  });

  it('is deterministic: issuing the same ticket and counter again gives the same code', () => {
    const ticket = { eventId: EVENT, ticketId: TICKET.toUpperCase(), reissue: 3 };
    expect(codes().issue(ticket)).toBe(codes().issue({ ...ticket, ticketId: TICKET }));
  });

  it('gives a reissued ticket a distinct code carrying the new counter', async () => {
    const first = codes().issue({ eventId: EVENT, ticketId: TICKET, reissue: 0 });
    const second = codes().issue({ eventId: EVENT, ticketId: TICKET, reissue: 1 });

    expect(second).not.toBe(first);
    expect(await verifyTicketCode(second, EVENT, ring(EVENT))).toMatchObject({ ok: true, ticket: { reissue: 1 } });
  });

  it('refuses every code with any one byte altered', async () => {
    const random = seededRandom(PROPERTY_SEED);
    const bytes = base32Decode(codes().issue({ eventId: EVENT, ticketId: TICKET, reissue: 7 }))!;
    const keys = ring(EVENT);
    for (let index = 0; index < CODE_BYTES; index++) {
      const tampered = bytes.slice();
      tampered[index] ^= random.int(1, 255);
      const check = await verifyTicketCode(base32Encode(tampered), EVENT, keys);
      expect({ index, ok: check.ok }).toEqual({ index, ok: false });
    }
  });

  it('refuses every code with any one character replaced', async () => {
    const code = codes().issue({ eventId: EVENT, ticketId: TICKET, reissue: 0 });
    const keys = ring(EVENT);
    for (let index = 0; index < code.length; index++) {
      const other = code[index] === 'A' ? 'B' : 'A';
      const check = await verifyTicketCode(code.slice(0, index) + other + code.slice(index + 1), EVENT, keys);
      expect({ index, ok: check.ok }).toEqual({ index, ok: false });
    }
  });

  it("refuses another event's code: bad-signature when the scanner holds only its own event's keys", async () => {
    const code = codes().issue({ eventId: OTHER_EVENT, ticketId: TICKET, reissue: 0 });
    expect(await verifyTicketCode(code, EVENT, ring(EVENT))).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it("names the other event when the scanner holds that event's keys too", async () => {
    const code = codes().issue({ eventId: OTHER_EVENT, ticketId: TICKET, reissue: 0 });
    expect(await verifyTicketCode(code, EVENT, ring(EVENT, OTHER_EVENT))).toEqual({
      ok: false,
      reason: 'wrong-event',
      ticket: { eventId: OTHER_EVENT, ticketId: TICKET, reissue: 0, kid: 1 },
    });
    expect(await codes().verify(code, EVENT, [OTHER_EVENT])).toMatchObject({ reason: 'wrong-event' });
  });

  it('verifies a code of another kid with that kid key, and says unknown-key without it', async () => {
    const code = codes(2).issue({ eventId: EVENT, ticketId: TICKET, reissue: 0 });
    const onlyKid1 = new TicketKeyRing(
      codes()
        .publicKeys(EVENT)
        .filter((k) => k.kid === 1),
      subtle,
    );

    expect(await verifyTicketCode(code, EVENT, ring(EVENT))).toMatchObject({ ok: true, ticket: { kid: 2 } });
    expect(await verifyTicketCode(code, EVENT, onlyKid1)).toEqual({ ok: false, reason: 'unknown-key' });
  });

  it('derives keys that differ per event and per kid, and the same key in every process', () => {
    const keys = [
      deriveEventKey(SECRET_1, 1, EVENT),
      deriveEventKey(SECRET_1, 1, OTHER_EVENT),
      deriveEventKey(SECRET_1, 2, EVENT),
      deriveEventKey(SECRET_2, 1, EVENT),
    ].map((k) => k.publicKey.publicKey);

    expect(new Set(keys).size).toBe(4);
    expect(deriveEventKey(SECRET_1, 1, EVENT).publicKey.publicKey).toBe(keys[0]);
  });

  it('exports public keys as JWKs that Node and WebCrypto import', async () => {
    const [key] = codes().publicKeys(EVENT);
    const jwk = toJwk(key!);

    expect(jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: `${EVENT}/1` });
    expect(fromJwk(jwk)).toEqual(key);
    expect(createPublicKey({ key: { ...jwk }, format: 'jwk' }).asymmetricKeyType).toBe('ed25519');
    await expect(subtle.importKey('jwk', { ...jwk }, { name: 'Ed25519' }, false, ['verify'])).resolves.toBeDefined();
  });

  it('refuses to issue for a ticket id that is not a UUID, a counter out of range or an empty event id', () => {
    expect(() => codes().issue({ eventId: EVENT, ticketId: 'T-1', reissue: 0 })).toThrow(TicketCodeInputError);
    expect(() => codes().issue({ eventId: EVENT, ticketId: TICKET, reissue: 65536 })).toThrow(TicketCodeInputError);
    expect(() => codes().issue({ eventId: EVENT, ticketId: TICKET, reissue: -1 })).toThrow(TicketCodeInputError);
    expect(() => codes().issue({ eventId: '', ticketId: TICKET, reissue: 0 })).toThrow(TicketCodeInputError);
  });

  it('refuses weak or missing signing secrets and malformed keys', () => {
    expect(() => ticketSigningSecrets(1, new Map([[1, new Uint8Array(16)]]))).toThrow(TicketSecretsError);
    expect(() => ticketSigningSecrets(3, new Map([[1, SECRET_1]]))).toThrow(TicketSecretsError);
    expect(() => parseTicketSigningSecrets('1=abc', 1)).toThrow(TicketSecretsError);
    const parsed = parseTicketSigningSecrets(
      `1:${Buffer.from(SECRET_1).toString('base64url')}, 2:${Buffer.from(SECRET_2).toString('base64url')}`,
      2,
    );
    expect([parsed.currentKid, [...parsed.secrets.keys()]]).toEqual([2, [1, 2]]);
    expect(() => new TicketKeyRing([{ eventId: EVENT, kid: 1, publicKey: 'short' }], subtle)).toThrow(
      InvalidTicketKeyError,
    );
  });
});

describe('verifyTicketCode on garbage', () => {
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const keys = ring(EVENT);

  it('never throws and always answers a typed refusal', async () => {
    const random = seededRandom(PROPERTY_SEED);
    const valid = codes().issue({ eventId: EVENT, ticketId: TICKET, reissue: 0 });
    const inputs: unknown[] = [
      undefined,
      null,
      42,
      {},
      '',
      ' ',
      '\u0000',
      'é'.repeat(135),
      valid.toLowerCase(),
      valid + 'A',
    ];
    for (let run = 0; run < 500; run++) {
      const kind = run % 4;
      if (kind === 0) inputs.push(String.fromCharCode(...random.bytes(random.int(0, 300))));
      if (kind === 1) inputs.push(random.string(ALPHABET, random.int(0, 200)));
      // Well-formed version-1 codes with random content and signature: must reach the signature check.
      if (kind === 2) inputs.push(base32Encode(Uint8Array.from([1, ...random.bytes(CODE_BYTES - 1)])));
      if (kind === 3) inputs.push(random.string(ALPHABET, 135));
    }
    for (const input of inputs) {
      const check = await verifyTicketCode(input, EVENT, keys);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(['bad-format', 'bad-signature', 'unknown-key']).toContain(check.reason);
    }
  });

  it('accepts only the canonical spelling of a code', () => {
    const code = codes().issue({ eventId: EVENT, ticketId: TICKET, reissue: 0 });
    // 84 bytes fill 134 characters and 2 bits of the last one: its 3 low bits must be zero.
    const last = ALPHABET.indexOf(code.at(-1)!);
    const sibling = code.slice(0, -1) + ALPHABET[last | 1];

    expect(decodeCode(code)).toBeDefined();
    expect(decodeCode(sibling)).toBeUndefined();
  });
});

describe('a runtime without Ed25519', () => {
  it('throws TicketVerifierUnavailableError instead of calling a genuine code forged', async () => {
    const noEd25519: SubtleVerifier = {
      importKey: () => Promise.reject(new DOMException('Unrecognized name.', 'NotSupportedError')),
      verify: () => Promise.reject(new Error('unreachable')),
    };
    const code = codes().issue({ eventId: EVENT, ticketId: TICKET, reissue: 0 });
    const keys = new TicketKeyRing(codes().publicKeys(EVENT), noEd25519);

    await expect(verifyTicketCode(code, EVENT, keys)).rejects.toThrow(TicketVerifierUnavailableError);
    expect(await verifyTicketCode('garbage', EVENT, keys)).toEqual({ ok: false, reason: 'bad-format' });
  });
});
