/**
 * bench:web — Lighthouse (mobile, its default: simulated slow 4G and a 4× slower CPU) against the
 * SPA as production serves it: the built standalone app in its own process (demo mode, fresh
 * DATA_DIR, a free loopback port), Debian's Chromium (`CHROME_PATH`, default /usr/bin/chromium).
 * Pages: the catalog (`/`) and the first catalog event's page. Each page is measured
 * `BENCH_RUNS` (3) times; the run with the median performance score is printed. Baseline in the
 * same run: a bare HTML page from node:http (the ceiling this machine and Lighthouse allow).
 * Targets: performance ≥ 90 and accessibility 100 on both pages.
 */
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { repoRoot, startNode } from './lib/processes';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const TARGET_PERFORMANCE = 90;
/** A folder to keep every run's Lighthouse report in (JSON), to read its long tasks, LCP breakdown… */
const reportDir = process.env.BENCH_WEB_REPORTS;
let reportCount = 0;

type Figures = { performance: number; accessibility: number; fcp: number; lcp: number; tbt: number; cls: number };

async function audit(port: number, url: string, attempt = 1): Promise<Figures> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  // A trace Lighthouse failed to record (NO_NAVSTART, now and then on a loaded machine) is run again.
  if (runtimeError && attempt < 3) return audit(port, url, attempt + 1);
  if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
  if (reportDir) {
    mkdirSync(reportDir, { recursive: true });
    const name = new URL(url).pathname.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'root';
    writeFileSync(
      join(reportDir, `${String(++reportCount).padStart(2, '0')}-${name}.json`),
      JSON.stringify(result.lhr),
    );
  }
  const metric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
  };
}

/** `runs` audits of one page; the one with the median performance score, and the scores' range. */
async function measure(port: number, url: string): Promise<{ median: Figures; scores: number[] }> {
  const results: Figures[] = [];
  for (let i = 0; i < runs; i++) results.push(await audit(port, url));
  const sorted = [...results].sort((a, b) => a.performance - b.performance);
  return { median: sorted[Math.floor((sorted.length - 1) / 2)], scores: results.map((r) => r.performance) };
}

/** A page with nothing to load: what Lighthouse scores on this machine when the page costs nothing. */
function bareHtmlServer(): Promise<{ url: string; close: () => void }> {
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
    '<title>Baseline</title></head><body><main><h1>Baseline</h1><p>A bare page.</p></main></body></html>';
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
    }),
  );
}

async function firstEventPath(url: string): Promise<string> {
  const response = await fetch(`${url}/api/events?limit=1`);
  const body = (await response.json()) as { items?: { id: string }[] };
  const id = body.items?.[0]?.id;
  if (!id) throw new Error('the demo catalog has no event');
  return `/events/${id}`;
}

const ms = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`;
function row(name: string, { median: f, scores }: { median: Figures; scores: number[] }): string {
  const range = scores.length > 1 ? ` (${Math.min(...scores)}–${Math.max(...scores)})` : '';
  return [
    name.padEnd(28),
    `${f.performance}${range}`.padEnd(14),
    String(f.accessibility).padEnd(6),
    ms(f.fcp).padStart(9),
    ms(f.lcp).padStart(9),
    ms(f.tbt).padStart(8),
    f.cls.toFixed(3).padStart(6),
  ].join('  ');
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-web-'));
  const app = await startNode('dist/apps/standalone/src/main.js', {
    DATA_DIR: dataDir,
    DEMO_MODE: 'true',
    COOKIE_SECURE: 'false',
    WEB_DIST: join(repoRoot, 'web', 'dist'),
  });
  const baseline = await bareHtmlServer();
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const eventPath = await firstEventPath(app.url);
    console.log(`bench:web — Lighthouse mobile, ${runs} run(s) per page, median by performance score (range)\n`);
    console.log(
      `${'page'.padEnd(28)}  ${'performance'.padEnd(14)}  ${'a11y'.padEnd(6)}  ${'FCP'.padStart(9)}  ${'LCP'.padStart(9)}  ${'TBT'.padStart(8)}  ${'CLS'.padStart(6)}`,
    );
    console.log(row('baseline: bare HTML page', await measure(chrome.port, baseline.url)));
    const pages: [string, string][] = [
      ['catalog /', '/'],
      [`event ${eventPath.slice(0, 19)}…`, eventPath],
    ];
    let met = true;
    for (const [name, path] of pages) {
      const result = await measure(chrome.port, app.url + path);
      console.log(row(name, result));
      met &&= result.median.performance >= TARGET_PERFORMANCE && result.median.accessibility === 100;
    }
    console.log(
      `\ntarget performance ≥ ${TARGET_PERFORMANCE} and accessibility 100 on both pages: ${met ? 'met' : 'NOT met'}`,
    );
  } finally {
    chrome.kill();
    baseline.close();
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
