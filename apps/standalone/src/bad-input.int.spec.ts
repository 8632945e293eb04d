import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

/** Each bad request gets a 4xx problem+json with a clear message and appends nothing. */
describe('bad input is refused and changes nothing', () => {
  let t: TestApp;
  let eventId: string;
  let draftId: string;
  const head = async () =>
    BigInt((await t.call('GET', '/health/details', { as: people.ops })).body.checks.eventStore.head);

  beforeAll(async () => {
    t = await startTestApp();
    ({ eventId } = await t.publishedEvent(5));
    ({ eventId: draftId } = await t.createEvent());
  });
  afterAll(async () => {
    await t.close();
  });

  const hold = (body: unknown, init: { anonymous?: boolean; headers?: Record<string, string>; id?: string } = {}) =>
    t.call('POST', `/api/events/${init.id ?? eventId}/holds`, {
      as: init.anonymous ? undefined : people.attendee,
      body,
      headers: init.headers,
    });

  const cases: [string, () => ReturnType<typeof hold>, number, RegExp][] = [
    ['malformed JSON', () => hold('{"quantity": 2,'), 400, /not valid JSON/],
    ['an unknown field', () => hold({ quantity: 1, discount: 50 }), 400, /unknown field discount/],
    ['a wrong type', () => hold({ quantity: '2' }), 400, /quantity must be an integer/],
    ['a zero quantity', () => hold({ quantity: 0 }), 400, /quantity must not be less than 1/],
    ['a negative quantity', () => hold({ quantity: -3 }), 400, /quantity must not be less than 1/],
    ['a fractional quantity', () => hold({ quantity: 1.5 }), 400, /quantity must be an integer/],
    ['a missing body', () => t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee }), 400, /quantity/],
    ['more seats than are free', () => hold({ quantity: 6 }), 409, /Only 5 seats are free, 6 requested/],
    ['an unpublished event', () => hold({ quantity: 1 }, { id: draftId }), 404, /not on sale/],
    [
      'an unknown event',
      () => hold({ quantity: 1 }, { id: '0190c000-0000-7000-8000-000000000000' }),
      404,
      /not on sale/,
    ],
    ['an event id that is not a UUID', () => hold({ quantity: 1 }, { id: 'not-a-uuid' }), 400, /uuid/i],
    [
      'a wrong expected revision (If-Match)',
      () => hold({ quantity: 1 }, { headers: { 'if-match': '"99"' } }),
      412,
      /Expected revision 99/,
    ],
    ['a malformed If-Match', () => hold({ quantity: 1 }, { headers: { 'if-match': 'abc' } }), 400, /If-Match/],
    ['no token', () => t.call('POST', `/api/events/${eventId}/holds`, { body: { quantity: 1 } }), 401, /bearer token/],
    [
      'a token without the organizer role',
      () => t.call('POST', '/api/events', { as: people.attendee, body: {} }),
      403,
      /organizer/,
    ],
    [
      'publishing someone else’s event',
      () => t.call('POST', `/api/events/${draftId}/publish`, { as: people.otherOrganizer }),
      404, // the same answer as an unknown id: a draft's existence is not confirmed to others
      /not found/,
    ],
    [
      'publishing twice',
      () => t.call('POST', `/api/events/${eventId}/publish`, { as: people.organizer }),
      409,
      /already published/,
    ],
    [
      'an event in the past',
      () =>
        t.call('POST', '/api/events', {
          as: people.organizer,
          body: {
            title: 'Past',
            category: 'music',
            startsAt: '2001-01-01T20:00:00Z',
            venue: { name: 'Hall', city: 'Rome', country: 'IT' },
            capacity: 5,
          },
        }),
      422,
      /startsAt must be in the future/,
    ],
    [
      'an unknown category',
      () =>
        t.call('POST', '/api/events', {
          as: people.organizer,
          body: {
            title: 'Odd',
            category: 'wrestling',
            startsAt: '2099-01-01T20:00:00Z',
            venue: { name: 'Hall', city: 'Rome', country: 'IT' },
            capacity: 5,
          },
        }),
      // The list is managed by admins, so the domain refuses it (catalog.unknown-category), not the DTO.
      422,
      /category must be one of music, theatre, comedy/,
    ],
    [
      'a non-positive capacity',
      () =>
        t.call('POST', '/api/events', {
          as: people.organizer,
          body: {
            title: 'Zero',
            category: 'music',
            startsAt: '2099-01-01T20:00:00Z',
            venue: { name: 'Hall', city: 'Rome', country: 'IT' },
            capacity: 0,
          },
        }),
      400,
      /capacity must not be less than 1/,
    ],
    ['an oversized body', () => hold({ quantity: 1, padding: 'x'.repeat(300 * 1024) }), 413, /too large/],
    // 3,000 levels in 6 KB once overflowed the stack in validation: a 500 and an error log line.
    ['deeply nested JSON', () => hold(`{"quantity":${'['.repeat(3000)}${']'.repeat(3000)}}`), 400, /nests deeper/],
    [
      'deeply nested JSON, anonymously',
      () => t.call('POST', '/api/auth/password-reset', { body: '['.repeat(3000) + ']'.repeat(3000) }),
      400,
      /nests deeper than 32 levels/,
    ],
    // The fuzzer's find: a form feed alone was taken for an empty body (String#trim drops it); JSON's
    // whitespace is space, tab, CR and LF only.
    [
      'a body of a form feed, which is not JSON',
      () => t.call('POST', '/api/auth/logout', { as: people.attendee, body: '\f' }),
      400,
      /JSON/,
    ],
    // Query strings are parsed flat: qs-style brackets make one unknown key, never a nested object.
    [
      'qs-style nesting in a query string',
      () => t.call('GET', `/api/events?a${'[b]'.repeat(3000)}=1`),
      400,
      /unknown field a\[b\]/,
    ],
  ];

  it.each(cases)('refuses %s', async (_label, send, status, message) => {
    const before = await head();
    const response = await send();
    expectProblem(response, status);
    expect(response.body.detail).toMatch(message);
    expect(await head()).toBe(before);
  });

  describe('tampered or foreign tokens get 401', () => {
    const claims = () => ({
      sub: people.attendee.userId,
      roles: ['attendee'],
      iss: 'booking-platform',
      aud: 'booking-api',
    });
    const tokens: [string, () => string][] = [
      ['alg none', () => jwt.sign(claims(), '', { algorithm: 'none' })],
      [
        'a key of its own',
        () =>
          jwt.sign(claims(), generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey, {
            algorithm: 'ES256',
            expiresIn: 60,
          }),
      ],
      [
        'an HS256 token signed with the public key',
        () => jwt.sign(claims(), readFileSync(join(t.config.dataDir, 'keys/jwt-public.pem')), { algorithm: 'HS256' }),
      ],
      [
        'an expired token',
        () =>
          jwt.sign(
            { ...claims(), exp: Math.floor(Date.now() / 1000) - 60 },
            createPrivateKey(readFileSync(join(t.config.dataDir, 'keys/jwt-private.pem'))),
            { algorithm: 'ES256' },
          ),
      ],
      [
        'another audience',
        () =>
          jwt.sign(
            { ...claims(), aud: 'elsewhere' },
            createPrivateKey(readFileSync(join(t.config.dataDir, 'keys/jwt-private.pem'))),
            { algorithm: 'ES256', expiresIn: 60 },
          ),
      ],
      [
        'a flipped signature',
        () => {
          const [header, payload, signature] = t.token(people.attendee).split('.');
          const middle = signature.length >> 1; // the last character may only carry padding bits
          const flipped =
            signature.slice(0, middle) + (signature[middle] === 'A' ? 'B' : 'A') + signature.slice(middle + 1);
          return [header, payload, flipped].join('.');
        },
      ],
      [
        'a forged role claim',
        () => {
          const [header, payload, signature] = t.token(people.attendee).split('.');
          const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
          return [
            header,
            Buffer.from(JSON.stringify({ ...claims, roles: ['admin'] })).toString('base64url'),
            signature,
          ].join('.');
        },
      ],
    ];
    it.each(tokens)('%s', async (_label, make) => {
      const before = await head();
      const response = await hold({ quantity: 1 }, { anonymous: true, headers: { authorization: `Bearer ${make()}` } });
      expectProblem(response, 401);
      expect(await head()).toBe(before);
    });
  });

  it.each([
    ['/api/events?priceMin=', 'priceMin'],
    ['/api/events?limit=%20', 'limit'],
    ['/api/admin/users?offset=', 'offset'],
  ])('refuses an empty number in the query string: %s', async (path, field) => {
    const response = await t.call('GET', path, { as: people.admin });
    expectProblem(response, 400);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('drops prototype-poisoning keys instead of refusing the body or honouring them', async () => {
    const { eventId: other } = await t.publishedEvent(3);
    const response = await hold('{"quantity":1,"__proto__":{"quantity":3,"polluted":true}}', { id: other });
    expect(response.status).toBe(201);
    expect(response.body.quantity).toBe(1);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
