import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signWebhook, verifyWebhookSignature } from './webhook-signature';
import { HttpWebhookTransport } from './webhook-transport';

/** The real transport against a real local server: statuses, timeouts, and the production guard. */
describe('HttpWebhookTransport', () => {
  let server: Server;
  let base: string;
  const bodies: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        bodies.push(body);
        if (req.url === '/hang') return;
        if (req.url === '/redirect') return void res.writeHead(302, { location: 'http://169.254.169.254/' }).end();
        res.writeHead(req.url === '/teapot' ? 418 : 204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const open = new HttpWebhookTransport({ refusePrivateAddresses: false });

  it('posts the body and reports the status and duration', async () => {
    const answer = await open.post(`${base}/ok`, '{"a":1}', { 'Booking-Signature': 't=1,v1=00' }, 2000);
    expect(answer).toMatchObject({ statusCode: 204 });
    expect(answer.durationMs).toBeGreaterThanOrEqual(0);
    expect(bodies).toContain('{"a":1}');
    expect(await open.post(`${base}/teapot`, '{}', {}, 2000)).toMatchObject({ statusCode: 418 });
  });

  it('does not follow a redirect (a 3xx is an answer, not a new target)', async () => {
    expect(await open.post(`${base}/redirect`, '{}', {}, 2000)).toMatchObject({ statusCode: 302 });
  });

  it('gives up on a receiver that does not answer within the timeout', async () => {
    const answer = await open.post(`${base}/hang`, '{}', {}, 200);
    expect(answer.error).toMatch(/timed out after 200 ms/);
    expect(answer.statusCode).toBeUndefined();
  });

  it('reports a refused connection as an error', async () => {
    const answer = await open.post('http://127.0.0.1:1/x', '{}', {}, 2000);
    expect(answer.error).toMatch(/ECONNREFUSED/);
  });

  it('in production, refuses a name that resolves to a loopback or private address', async () => {
    const guarded = new HttpWebhookTransport({ refusePrivateAddresses: true });
    const port = new URL(base).port;
    const answer = await guarded.post(`http://localhost:${port}/ok`, '{}', {}, 2000);
    expect(answer.error).toMatch(/private address is refused/);
    expect(answer.statusCode).toBeUndefined();
  });
});

describe('webhook signatures', () => {
  const secret = 'whsec_test';
  const body = '{"id":"e1","type":"booking.confirmed"}';

  it('verifies what it signed, within the tolerance only', () => {
    const header = signWebhook(secret, body, 1_000_000);
    expect(verifyWebhookSignature(header, body, secret, { nowSeconds: 1_000_100 })).toEqual({
      ok: true,
      timestamp: 1_000_000,
    });
    expect(verifyWebhookSignature(header, body, secret, { nowSeconds: 1_000_301 })).toMatchObject({ ok: false });
    expect(verifyWebhookSignature(header, body, 'whsec_other', { nowSeconds: 1_000_000 })).toMatchObject({ ok: false });
    expect(verifyWebhookSignature(header, `${body} `, secret, { nowSeconds: 1_000_000 })).toMatchObject({ ok: false });
    expect(verifyWebhookSignature(undefined, body, secret, { nowSeconds: 1_000_000 })).toMatchObject({ ok: false });
    expect(verifyWebhookSignature('t=x,v1=zz', body, secret, { nowSeconds: 1_000_000 })).toMatchObject({ ok: false });
  });
});
