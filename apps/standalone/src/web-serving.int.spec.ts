import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { type TestApp, startTestApp } from './testing/test-app';

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** A GET that leaves the body as sent (fetch would decode it). `until`: stop reading once the body passes it. */
function get(url: string, headers: Record<string, string> = {}, until?: (body: string) => boolean): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      const done = () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) });
      response.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        if (until?.(Buffer.concat(chunks).toString())) {
          done();
          req.destroy();
        }
      });
      response.on('end', done);
    });
    req.on('error', reject).end();
  });
}

describe('serving the SPA and the API over HTTP', () => {
  const dist = mkdtempSync(join(tmpdir(), 'web-dist-'));
  const script = `export const app = ${JSON.stringify('x'.repeat(4000))};\n`;
  const style = `.a { color: red; }\n`.repeat(200);
  let t: TestApp;

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>SPA</title>');
    writeFileSync(join(dist, 'robots.txt'), 'User-agent: *\nAllow: /\n');
    writeFileSync(join(dist, 'assets', 'app-abc.js'), script);
    // The build's twin, marked so that serving it can be told from compressing the file on the fly.
    writeFileSync(join(dist, 'assets', 'app-abc.js.br'), brotliCompressSync(`${script}// precompressed\n`));
    writeFileSync(join(dist, 'assets', 'app-abc.js.map'), '{"sourcesContent":["secret source"]}');
    writeFileSync(join(dist, 'assets', 'app-abc.css'), style);
    t = await startTestApp({ env: { WEB_DIST: dist } });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends the precompressed twin to a client that takes brotli, the file itself to one that does not', async () => {
    const br = await get(`${t.url}/assets/app-abc.js`, { 'accept-encoding': 'gzip, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['vary']).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.body).toString()).toBe(`${script}// precompressed\n`);

    const plain = await get(`${t.url}/assets/app-abc.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('compresses API JSON and files without a twin for clients that accept it', async () => {
    const docs = await get(`${t.url}/api/docs-json`, { 'accept-encoding': 'gzip' });
    expect(docs.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(docs.body).toString()).openapi).toBeDefined();
    expect((await get(`${t.url}/api/docs-json`)).headers['content-encoding']).toBeUndefined();

    const css = await get(`${t.url}/assets/app-abc.css`, { 'accept-encoding': 'br' });
    expect(css.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(css.body).toString()).toBe(style);
  });

  it('streams SSE uncompressed, whatever the client accepts', async () => {
    const { eventId } = await t.publishedEvent(10);
    const sse = await get(
      `${t.url}/api/events/${eventId}/availability/stream`,
      { 'accept-encoding': 'br, gzip' },
      (body) => body.includes('event: availability'),
    );
    expect(sse.headers['content-type']).toMatch(/text\/event-stream/);
    expect(sse.headers['content-encoding']).toBeUndefined();
    expect(sse.body.toString()).toMatch(/event: availability/);
  });

  it('never serves source maps; a missing file is a 404, a client-side route gets the SPA', async () => {
    expect((await get(`${t.url}/assets/app-abc.js.map`)).status).toBe(404);
    const robots = await get(`${t.url}/robots.txt`);
    expect(robots.headers['content-type']).toMatch(/^text\/plain/);
    expect(robots.body.toString()).toMatch(/User-agent/);
    const missing = await get(`${t.url}/assets/app-old.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await get(`${t.url}/favicon.ico`)).status).toBe(404);
    const route = await get(`${t.url}/events/0190b000-0000-7000-8000-000000000001`);
    expect(route.status).toBe(200);
    expect(route.body.toString()).toBe('<!doctype html><title>SPA</title>');
  });
});

describe("the catalog's and an event's first screen, prerendered into index.html", () => {
  const dist = mkdtempSync(join(tmpdir(), 'web-dist-'));
  const index = '<!doctype html><title>SPA</title><div id="root"><!--prerender--></div>';
  let t: TestApp;
  let eventId: string;

  beforeAll(async () => {
    writeFileSync(join(dist, 'index.html'), index);
    t = await startTestApp({ env: { WEB_DIST: dist } });
    const published = await t.publishedEvent(10, undefined, {
      title: 'Prerendered <b>night</b>',
      description: 'Plain words.',
      timeZone: 'Europe/Lisbon',
    });
    eventId = published.eventId;
    // The page reads the catalog as a visitor would: once the projection has the event.
    await t.call('GET', '/api/events', { headers: { 'x-min-position': published.position } });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const landingData = (html: string) =>
    JSON.parse(/<script type="application\/json" id="landing-data">(.*?)<\/script>/s.exec(html)?.[1] ?? 'null') as {
      path: string;
      catalog?: { items: { id: string }[] };
      event?: { id: string };
    } | null;

  it('sends the catalog with its cards, escaped, and the answers they were drawn from', async () => {
    const response = await get(`${t.url}/`, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    const html = response.body.toString();
    expect(html).toContain('>Upcoming events</h1>');
    expect(html).toContain(`href="/events/${eventId}"`);
    expect(html).toContain('Prerendered &lt;b&gt;night&lt;/b&gt;');
    expect(html).not.toContain('<!--prerender-->');
    const data = landingData(html);
    expect(data?.path).toBe('/');
    expect(data?.catalog?.items.map((item) => item.id)).toContain(eventId);
  });

  it("sends an event's page with its details", async () => {
    const html = (await get(`${t.url}/events/${eventId}`, { 'accept-language': 'en-GB' })).body.toString();
    expect(html).toMatch(/<h1 [^>]*>Prerendered &lt;b&gt;night&lt;\/b&gt;<\/h1>/);
    expect(html).toContain('(Europe/Lisbon)');
    expect(landingData(html)).toMatchObject({ path: `/events/${eventId}`, event: { id: eventId } });
  });

  it('sends index.html as it is elsewhere: other routes, a filtered catalog, an unknown event', async () => {
    for (const path of ['/holds', '/?q=jazz', '/events/0190b000-0000-7000-8000-000000000001', '/events/not-an-id'])
      expect((await get(`${t.url}${path}`)).body.toString()).toBe(index);
  });
});
