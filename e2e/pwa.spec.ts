import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { browserSuite, chromiumAvailable } from './browser';

const run = chromiumAvailable() ? describe : describe.skip;

/** Status and headers of a GET, the body left unread (fetch would decode it). */
function head(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    request(url, { headers }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, headers: response.headers });
    })
      .on('error', reject)
      .end();
  });
}

run('in the browser: the installable app and how it is served', () => {
  const suite = browserSuite();

  it('installs its service worker, then opens the app shell and a lazily loaded page offline', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(suite.t.url);
    await page.getByRole('article').first().waitFor();
    // The worker claims the page once it has cached the shell and activated.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const state = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    expect(state).toBe('activated');

    await context.setOffline(true);
    const api = await page.evaluate(() =>
      fetch('/api/events').then(
        () => 'reached',
        () => 'unreachable',
      ),
    );
    expect(api).toBe('unreachable'); // the worker never answers /api: offline is real
    await page.reload();
    await page.getByRole('link', { name: 'Seatwise' }).waitFor();
    // The login page's code is a separate chunk, cached with the shell.
    await page.goto(`${suite.t.url}/login`);
    await page.getByRole('button', { name: 'Log in', exact: true }).waitFor();
    await context.close();
  });

  it('sends the built files compressed, a robots.txt of its own, and no source maps', async () => {
    const html = await (await fetch(suite.t.url)).text();
    const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const compressed = await head(suite.t.url + script, { 'accept-encoding': 'gzip, deflate, br' });
    expect(compressed.headers['content-encoding']).toBe('br');
    expect((await head(`${suite.t.url}${script}.map`)).status).toBe(404);
    expect(readdirSync(join(__dirname, '..', 'web', 'dist', 'assets')).filter((f) => f.endsWith('.map'))).toEqual([]);

    const robots = await fetch(`${suite.t.url}/robots.txt`);
    expect(robots.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await robots.text()).toMatch(/^User-agent: \*/m);
  });
});
