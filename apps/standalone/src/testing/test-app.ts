import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Role } from '@booking/domain';
import { type Clock, type InfrastructureOverrides, TokenIssuer, listen, loadConfig } from '@booking/platform';
import { createStandaloneApp } from '../create-standalone-app';

// Response bodies in tests are whatever JSON the API sent.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;
export type Persona = { userId: string; roles: Role[] };

export const people = {
  organizer: { userId: '0190b000-0000-7000-8000-000000000001', roles: ['organizer'] as Role[] },
  otherOrganizer: { userId: '0190b000-0000-7000-8000-000000000002', roles: ['organizer'] as Role[] },
  attendee: { userId: '0190b000-0000-7000-8000-000000000003', roles: ['attendee'] as Role[] },
  otherAttendee: { userId: '0190b000-0000-7000-8000-000000000004', roles: ['attendee'] as Role[] },
  admin: { userId: '0190b000-0000-7000-8000-000000000005', roles: ['admin'] as Role[] },
  ops: { userId: '0190b000-0000-7000-8000-000000000006', roles: ['ops'] as Role[] },
} satisfies Record<string, Persona>;

/** The whole product in this process on a temporary SQLite file and the in-memory read store, on a free port. */
export async function startTestApp(
  options: { env?: Record<string, string>; clock?: Clock; overrides?: InfrastructureOverrides } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'booking-int-'));
  const config = loadConfig({
    DATA_DIR: dir,
    PORT: '0',
    LOG_LEVEL: 'error',
    DEMO_MODE: 'false',
    WEB_DIST: join(dir, 'no-web'),
    // Background webhook deliveries would append between a spec's "nothing appended" checks; the
    // payment specs turn them on (payments-test-mode.int.spec.ts).
    PAYMENTS_TEST_MODE_WEBHOOKS: 'off',
    ...options.env,
  });
  const app: NestFastifyApplication = await createStandaloneApp(config, {
    ...options.overrides,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const url = await listen(app, config);
  const issuer = app.get(TokenIssuer);
  const token = (persona: Persona) => issuer.issue({ sub: persona.userId, roles: persona.roles });

  async function call(
    method: string,
    path: string,
    init: { as?: Persona; body?: unknown; headers?: Record<string, string> } = {},
  ) {
    const headers: Record<string, string> = { ...init.headers };
    if (init.as) headers.authorization = `Bearer ${token(init.as)}`;
    let body: string | undefined;
    if (init.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    }
    const response = await fetch(url + path, { method, headers, body });
    const text = await response.text();
    let json: Json;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, body: json, text };
  }

  async function createEvent(as: Persona = people.organizer, overrides: Record<string, unknown> = {}) {
    const response = await call('POST', '/api/events', {
      as,
      body: {
        title: 'Integration Night',
        description: 'Test event',
        category: 'music',
        startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        venue: { name: 'Test Hall', city: 'Lisbon', country: 'PT' },
        capacity: 10,
        priceTiers: [{ id: 'standard', name: 'Standard', price: { amount: 2500, currency: 'EUR' } }],
        ...overrides,
      },
    });
    if (response.status !== 201) throw new Error(`createEvent failed: ${response.status} ${response.text}`);
    return response.body as { eventId: string; position: string };
  }

  /** Created, submitted, approved by an admin and published: on sale. */
  async function publishedEvent(
    capacity = 10,
    as: Persona = people.organizer,
    overrides: Record<string, unknown> = {},
  ) {
    const { eventId } = await createEvent(as, { capacity, ...overrides });
    return { eventId, position: await publish(eventId, as) };
  }

  /** An existing draft submitted by `as`, approved by an admin and published by `as`; returns the position reached. */
  async function publish(eventId: string, as: Persona = people.organizer): Promise<string> {
    let position = '';
    for (const [step, by] of [
      ['submit', as],
      ['approve', people.admin],
      ['publish', as],
    ] as const) {
      const response = await call('POST', `/api/events/${eventId}/${step}`, { as: by });
      if (response.status !== 200) throw new Error(`${step} failed: ${response.status} ${response.text}`);
      position = response.body.position as string;
    }
    return position;
  }

  return {
    app,
    url,
    config,
    token,
    call,
    createEvent,
    publishedEvent,
    publish,
    async close() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Asserts the RFC 9457 shape every error must have. */
export function expectProblem(response: { status: number; headers: Headers; body: Json }, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({
    status,
    type: expect.stringMatching(/^https:\/\//),
    title: expect.any(String),
    detail: expect.any(String),
  });
  expect(JSON.stringify(response.body)).not.toMatch(/\bat .*\.(js|ts):\d+/); // never a stack trace
}

/** A data dir that outlives app restarts within one suite (`startTestApp({ env: { DATA_DIR } })`), removed after it. */
export function suiteDataDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
