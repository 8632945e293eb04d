import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

const someId = '0190c000-0000-7000-8000-000000000000';

describe('a method a known path does not serve gets 405 with Allow', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    ['DELETE', '/api/events', 'GET, HEAD, POST'],
    ['PUT', `/api/events/${someId}/holds`, 'POST'],
    ['POST', `/api/events/${someId}/availability`, 'GET, HEAD'],
    ['GET', '/api/auth/login', 'POST'],
    ['OPTIONS', '/api/me', 'GET, HEAD'],
    // The gallery order, not an image called "order" (PATCH/DELETE /images/:imageId also match the path).
    ['OPTIONS', `/api/events/${someId}/images/order`, 'PUT'],
  ])('%s %s → 405, Allow: %s', async (method, path, allow) => {
    const response = await t.call(method, path, { as: people.attendee });
    expectProblem(response, 405);
    expect(response.headers.get('allow')).toBe(allow);
    expect(response.body.type).toBe('https://booking.example/problems/method-not-allowed');
  });

  it('answers 404 for the availability stream of an event not on sale, instead of a stream that never speaks', async () => {
    const response = await t.call('GET', `/api/events/${someId}/availability/stream`, {
      headers: { accept: 'text/event-stream' },
    });
    expectProblem(response, 404);
  }, 5000);

  it('refuses a JSON body of null where every field is optional, and still takes no body at all', async () => {
    const nullBody = await t.call('POST', '/api/auth/logout', { body: 'null' });
    expectProblem(nullBody, 400);
    expect(nullBody.body.detail).toBe('The body must be a JSON object');
    expect((await t.call('POST', '/api/auth/logout')).status).toBe(204);
  });

  it('refuses null for an optional field, at any depth, and changes nothing', async () => {
    const before = (await t.call('GET', '/health/details', { as: people.ops })).body.checks.eventStore.head;
    const create = (body: Record<string, unknown>) => t.call('POST', '/api/events', { as: people.organizer, body });
    const event = {
      title: 'Null Night',
      category: 'music',
      startsAt: '2031-01-01T20:00:00Z',
      venue: { name: 'Hall', city: 'Rome', country: 'IT' },
      capacity: 5,
    };
    const tags = await create({ ...event, tags: null });
    expectProblem(tags, 400);
    expect(tags.body.errors).toEqual([{ field: 'tags', message: 'tags must not be null' }]);
    const address = await create({ ...event, venue: { ...event.venue, address: null } });
    expectProblem(address, 400);
    expect(address.body.errors).toEqual([{ field: 'venue.address', message: 'venue.address must not be null' }]);
    expect((await t.call('GET', '/health/details', { as: people.ops })).body.checks.eventStore.head).toBe(before);
  });

  it('answers 400 problem+json, not 414, for a path parameter longer than any id, and for an undecodable path', async () => {
    const long = await t.call('GET', `/api/events/${'x'.repeat(1300)}/seats`);
    expectProblem(long, 400);
    expect(long.body.type).toBe('https://booking.example/problems/path-parameter-too-long');
    const bad = await t.call('GET', '/api/events/%E0%A4%A/seats');
    expectProblem(bad, 400);
  });

  it('takes a path parameter as long as the spec allows in any script: the router measures encoded text', async () => {
    // 100 characters, each a letter and a combining mark of 2 bytes: 600 characters percent-encoded.
    const marked = encodeURIComponent('t\u0334'.repeat(50));
    const restore = await t.call('POST', `/api/admin/categories/${marked}/restore`, { as: people.admin });
    expect(restore.status).not.toBe(400);
    expectProblem(restore, 404);
    const spec = (await t.call('GET', '/api/docs-json')).body as {
      paths: Record<string, Record<string, { parameters?: { in: string; name: string; schema: object }[] }>>;
    };
    const pathParameters = Object.values(spec.paths)
      .flatMap((item) => Object.values(item))
      .flatMap((operation) => operation.parameters ?? [])
      .filter((parameter) => parameter.in === 'path');
    expect(pathParameters.length).toBeGreaterThan(50);
    for (const { name, schema } of pathParameters)
      expect([name, schema]).toEqual([
        name,
        expect.objectContaining(
          'format' in schema ? { format: 'uuid' } : 'enum' in schema ? {} : { maxLength: expect.any(Number) },
        ),
      ]);
  });

  it('still answers 404 for a path nothing serves', async () => {
    expectProblem(await t.call('DELETE', '/api/nothing-here'), 404);
    expectProblem(await t.call('GET', '/api/nothing-here'), 404);
  });
});

describe('with the SPA served, an API path asked with the wrong method is still 405', () => {
  let t: TestApp;
  beforeAll(async () => {
    const web = join(tmpdir(), `booking-web-${process.pid}`);
    mkdirSync(web, { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>spa</title>');
    t = await startTestApp({ env: { WEB_DIST: web } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('GET /api/auth/login → 405, and client routes still get the SPA', async () => {
    const response = await t.call('GET', '/api/auth/login');
    expectProblem(response, 405);
    expect(response.headers.get('allow')).toBe('POST');
    expect((await t.call('GET', '/events/whatever')).text).toContain('<title>spa</title>');
    expectProblem(await t.call('GET', '/api/nothing-here'), 404);
  });
});

describe('with CORS open to an origin, unknown paths are still 404', () => {
  let t: TestApp;
  beforeAll(async () => {
    process.env.CORS_ORIGINS = 'https://shop.example';
    t = await startTestApp();
  });
  afterAll(async () => {
    delete process.env.CORS_ORIGINS;
    await t.close();
  });

  it('the preflight route for every path does not turn 404s into 405s', async () => {
    expectProblem(await t.call('DELETE', '/api/nothing-here'), 404);
    const response = await t.call('DELETE', '/api/events');
    expectProblem(response, 405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST');
  });
});

describe('the OpenAPI document says what the server enforces', () => {
  let t: TestApp;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let document: any;
  beforeAll(async () => {
    t = await startTestApp();
    document = (await t.call('GET', '/api/docs-json')).body;
  });
  afterAll(async () => {
    await t.close();
  });

  it('declares id path parameters bound through ParseUUIDPipe as uuid', () => {
    const [eventId] = document.paths['/api/events/{eventId}/holds'].post.parameters;
    expect(eventId.schema).toEqual({ type: 'string', format: 'uuid' });
  });

  it('carries the class-validator constraints into request schemas, unknown fields refused', () => {
    expect(document.components.schemas.HoldSeatsRequest).toMatchObject({
      additionalProperties: false,
      properties: { quantity: { type: 'integer', minimum: 1, maximum: 100 } },
    });
    expect(document.components.schemas.LoginRequest.properties.email).toMatchObject({ format: 'email' });
  });

  it('carries them into query parameters too', () => {
    const query = Object.fromEntries(
      document.paths['/api/events'].get.parameters.map((p: { name: string; schema: object }) => [p.name, p.schema]),
    );
    expect(query.from).toMatchObject({ type: 'string', format: 'date-time' });
    expect(query.limit).toMatchObject({ type: 'integer', minimum: 0, maximum: 100 });
    expect(query.minPosition).toMatchObject({ pattern: '^\\d{1,19}$' });
    const endsAt = document.components.schemas.EventDetailsRequest.properties.endsAt;
    expect(endsAt).toMatchObject({ type: 'string', format: 'date-time' });
    expect(endsAt.nullable).toBeUndefined(); // the validation pipe refuses null for it
    // validator.js's strict ISO 8601 refuses years before 0100, which RFC 3339 allows: the pattern says so.
    expect(new RegExp(endsAt.pattern).test('0017-12-22T21:41:22Z')).toBe(false);
    expect(new RegExp(endsAt.pattern).test('2031-05-01T19:00:00.000+02:00')).toBe(true);
  });

  it('makes a body optional where its DTO requires no field, as the validation pipe reads none as {}', () => {
    expect(document.paths['/api/events/{eventId}'].patch.requestBody.required).toBe(false);
    expect(document.paths['/api/events'].post.requestBody.required).toBe(true);
  });

  it('declares a body schema for every success that has a body', () => {
    const bare = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, { responses: Record<string, { content?: object }> }>).flatMap(
        ([method, operation]) =>
          Object.entries(operation.responses)
            .filter(([status, response]) => Number(status) < 400 && status !== '204' && !response.content)
            .map(([status]) => `${method.toUpperCase()} ${path} ${status}`),
      ),
    );
    expect(bare).toEqual([]);
  });

  it('declares every error as application/problem+json with the ProblemDetails schema', () => {
    const errors = Object.values(document.paths).flatMap((item) =>
      Object.values(item as object).flatMap((operation) =>
        Object.entries(operation.responses).filter(([status]) => Number(status) >= 400),
      ),
    );
    expect(errors.length).toBeGreaterThan(100);
    for (const [, response] of errors)
      expect(response).toMatchObject({
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
      });
    expect(document.components.schemas.ProblemDetails.required).toEqual(['type', 'title', 'status', 'detail']);
  });

  it('declares the errors the platform answers on every operation of a shape', () => {
    const hold = document.paths['/api/events/{eventId}/holds'].post.responses;
    for (const status of ['400', '401', '404', '409', '412', '413', '415', '422']) expect(hold[status]).toBeDefined();
  });

  it('declares 503 on every operation: a dependency (read models, revocations, personal-data keys) may be away', () => {
    const without = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, { responses: Record<string, unknown> }>)
        .filter(([, operation]) => !operation.responses['503'])
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(without).toEqual([]);
  });
});
