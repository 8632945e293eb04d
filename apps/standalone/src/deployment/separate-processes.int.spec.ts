import { type ChildProcess, spawn } from 'node:child_process';
import { createPrivateKey, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { freePort } from '../testing/free-port';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';

const root = join(__dirname, '..', '..', '..', '..');

const { ferretdbAvailable, startFerretDb } = require(join(root, 'scripts', 'ferretdb.cjs'));

async function startApp(app: string, env: Record<string, string>) {
  const entry = join(root, 'dist', 'apps', app, 'src', 'main.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build:server (npm test does)`);
  const port = await freePort();
  const internalPort = await freePort();
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', entry], {
    env: { ...process.env, ...env, PORT: String(port), INTERNAL_PORT: String(internalPort), LOG_LEVEL: 'error' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`${app} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, internal: `http://127.0.0.1:${internalPort}`, child };
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${app} did not start`);
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM')),
  );

/** A logout in the command API voids the access token in the query API (another process) within about a second. */
async function revocationReachesEveryProcess(commands: string, queries: string) {
  const json = { 'content-type': 'application/json' };
  const email = `leaving-${randomUUID()}@example.com`;
  const password = 'a long enough passphrase here';
  const registered = await fetch(`${commands}/api/accounts`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email, password, displayName: 'Leaving' }),
  });
  expect(registered.status).toBe(202);
  const login = await fetch(`${commands}/api/auth/login`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email, password, client: 'api' }),
  });
  const { accessToken, refreshToken, position } = await login.json();
  const me = (headers: Record<string, string> = {}) =>
    fetch(`${queries}/api/me`, { headers: { authorization: `Bearer ${accessToken}`, ...headers } });
  expect((await me({ 'x-min-position': position })).status).toBe(200);
  const out = await fetch(`${commands}/api/auth/logout`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ refreshToken }),
  });
  expect(out.status).toBe(204);
  const started = Date.now();
  let status = 200;
  while (status !== 401 && Date.now() - started < 1500) {
    status = (await me()).status;
    if (status !== 401) await new Promise((r) => setTimeout(r, 25));
  }
  expect(status).toBe(401);
  const endOthers = await fetch(`${commands}/api/me/sessions`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${accessToken}` },
  });
  expect(endOthers.status).toBe(401); // the command API, which ended it, refuses it too
}

function scenario(label: string, extraEnv: () => Promise<Record<string, string>>) {
  it(`works as three processes: ${label}`, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'separate-'));
    const children: ChildProcess[] = [];
    try {
      const env = { DATA_DIR: dataDir, DEMO_MODE: 'false', ...(await extraEnv()) };
      const [commands, projector, queries] = await Promise.all(
        ['command-api', 'projector', 'query-api'].map((app) => startApp(app, env)),
      );
      children.push(commands.child, projector.child, queries.child);
      const key = createPrivateKey(readFileSync(join(dataDir, 'keys', 'jwt-private.pem')));
      const token = (roles: string[]) =>
        jwt.sign({ roles }, key, {
          algorithm: 'ES256',
          subject: randomUUID(),
          issuer: 'booking-platform',
          audience: 'booking-api',
          expiresIn: 600,
        });
      const organizer = token(['organizer']);
      const post = async (path: string, bearer: string, body?: unknown) => {
        const response = await fetch(commands.url + path, {
          method: 'POST',
          headers: { authorization: `Bearer ${bearer}`, ...(body ? { 'content-type': 'application/json' } : {}) },
          body: body ? JSON.stringify(body) : undefined,
        });
        expect(response.status).toBeLessThan(300);
        return (await response.json()) as { eventId: string; position: string };
      };
      const { eventId } = await post('/api/events', organizer, {
        title: 'Three Processes',
        category: 'theatre',
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        venue: { name: 'Split Hall', city: 'Porto', country: 'PT' },
        capacity: 8,
        priceTiers: [{ id: 'standard', name: 'Standard', price: { amount: 1000, currency: 'EUR' } }],
      });
      await post(`/api/events/${eventId}/submit`, organizer);
      await post(`/api/events/${eventId}/approve`, token(['admin']));
      await post(`/api/events/${eventId}/publish`, organizer);
      const hold = await post(`/api/events/${eventId}/holds`, token(['attendee']), { quantity: 5 });
      const availability = await fetch(`${queries.url}/api/events/${eventId}/availability`, {
        headers: { 'x-min-position': hold.position },
      });
      expect(availability.status).toBe(200);
      expect(await availability.json()).toMatchObject({ capacity: 8, held: 5, free: 3 });
      const listed = await (await fetch(`${queries.url}/api/events?q=three+processes`)).json();
      expect(listed.items).toEqual([expect.objectContaining({ id: eventId, free: 3 })]);
      // What the projector reports is on its internal port (INTERNAL_PORT), unauthenticated; the public one says ok.
      const projectorHealth = await (await fetch(`${projector.internal}/health/details`)).json();
      expect(projectorHealth.checks.projections.status).toBe('ok');
      expect(await (await fetch(`${projector.url}/health`)).json()).toEqual({ status: 'ok' });
      expect((await fetch(`${projector.url}/health/details`)).status).toBe(401);
      expect(await (await fetch(`${commands.internal}/metrics`)).text()).toMatch(/events_appended_total/);
      await revocationReachesEveryProcess(commands.url, queries.url);
    } finally {
      await Promise.all(children.map(stop));
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
}

describe('separate command-api, projector and query-api processes', () => {
  scenario('one SQLite file, each reader builds its in-memory read models', async () => ({}));

  let ferret: { url: string; stop(): Promise<void> } | undefined;
  afterAll(async () => ferret?.stop());
  const haveMongo = Boolean(process.env.MONGODB_URL) || ferretdbAvailable();
  if (!haveMongo && process.env.REQUIRE_ALL_TOOLS === '1')
    throw new Error('No MONGODB_URL and no FerretDB: run npm run setup:tools');
  if (!haveMongo)
    console.warn('SKIPPED: separate processes on MongoDB — no MONGODB_URL and no FerretDB (npm run setup:tools)');
  (haveMongo ? scenario : it.skip.bind(it))(
    'SQLite log, read models in MongoDB (FerretDB) built once by the projector',
    async () => {
      const url = process.env.MONGODB_URL ?? (ferret = await startFerretDb()).url;
      // Databases of this run's own: its master key (a file in its data dir) opens no earlier run's keys.
      const run = Date.now();
      return {
        READ_STORE: 'mongodb',
        MONGODB_URL: url,
        MONGODB_DATABASE: `separate_${run}`,
        PERSONAL_DATA_KEYS_DATABASE: `separate_keys_${run}`,
      };
    },
  );
});
