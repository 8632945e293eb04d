/// <reference lib="dom" />
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { transformFileSync } from '@swc/core';
import type { Browser } from 'playwright-core';
import { TicketCodes, ticketSigningSecrets } from '@booking/tickets';
import { chromiumAvailable, launch } from './browser';

const run = chromiumAvailable() ? describe : describe.skip;

// libs/tickets/src/scanner as the SPA would ship it: each module compiled to an ES module, served
// from localhost (WebCrypto exists only in a secure context) and verified by Chromium's own Ed25519.
const SCANNER = join(__dirname, '..', 'libs', 'tickets', 'src', 'scanner');
const ORIGIN = 'http://localhost:9';
const modules = new Map(
  readdirSync(SCANNER)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .map((file) => {
      const { code } = transformFileSync(join(SCANNER, file), {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'es6' },
        swcrc: false,
        configFile: false,
      });
      return [`/${file.replace(/\.ts$/, '.js')}`, code.replace(/from '(\.\/[^']+)'/g, "from '$1.js'")];
    }),
);

// The module is imported by the page itself: the test's own compiler would rewrite an import() inside evaluate().
const PAGE = `<!doctype html><title>scanner</title>
<script type="module">import * as scanner from './index.js'; window.scanner = scanner;</script>`;

const EVENT = 'a3c1e3b2-1b7e-4c55-9a7b-1f1e0c7d2a10';
const TICKET = '0193a1f2-7c4d-7e11-9a2b-3c4d5e6f7a8b';

run('in the browser: the offline scanner verifies ticket codes', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('admits a genuine code, refuses a revoked, a tampered and another event’s code, with public keys only', async () => {
    const codes = new TicketCodes(ticketSigningSecrets(1, new Map([[1, new Uint8Array(32).fill(9)]])));
    const current = codes.issue({ eventId: EVENT, ticketId: TICKET, reissue: 1 });
    const input = {
      event: EVENT,
      keys: codes.publicKeys(EVENT),
      codes: {
        current,
        revoked: codes.issue({ eventId: EVENT, ticketId: TICKET, reissue: 0 }),
        tampered: current.slice(0, 40) + (current[40] === 'A' ? 'B' : 'A') + current.slice(41),
        otherEvent: codes.issue({ eventId: 'another-event', ticketId: TICKET, reissue: 0 }),
      },
    };
    const page = await (await browser.newContext()).newPage();
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      const body = path === '/' ? PAGE : modules.get(path);
      return body === undefined
        ? route.fulfill({ status: 404 })
        : route.fulfill({ body, contentType: path === '/' ? 'text/html' : 'text/javascript' });
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => 'scanner' in window);

    const answers = await page.evaluate(async ({ event, keys, codes }) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the module's types live on the Node side
      const scanner = (window as any).scanner;
      const ring = new scanner.TicketKeyRing(keys);
      const list = scanner.revoke(scanner.emptyRevocationList(event), [
        {
          ticketId: '0193a1f2-7c4d-7e11-9a2b-3c4d5e6f7a8b',
          reissue: 0,
          reason: 'reissued',
          at: '2026-12-05T10:00:00Z',
        },
      ]);
      const admit = async (code: string) => {
        const answer = await scanner.admitTicketCode(code, ring, list);
        return answer.status === 'invalid' ? `invalid: ${answer.reason}` : answer.status;
      };
      return {
        current: await admit(codes.current),
        revoked: await admit(codes.revoked),
        tampered: await admit(codes.tampered),
        otherEvent: await admit(codes.otherEvent),
        garbage: await admit('https://example.com/not-a-ticket'),
        hasBuffer: 'Buffer' in globalThis,
      };
    }, input);

    expect(answers).toEqual({
      current: 'valid',
      revoked: 'revoked',
      tampered: 'invalid: bad-signature',
      otherEvent: 'invalid: bad-signature',
      garbage: 'invalid: bad-format',
      hasBuffer: false,
    });
  });
});
