import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isPrivateAddress } from '@booking/domain';

/** What one attempt got: a status, or an error (timeout, network, refused target). */
export type WebhookAnswer = Readonly<{ statusCode?: number; error?: string; durationMs: number }>;

/** The outgoing HTTP port: one POST, never throwing. Tests may bind another (WEBHOOK_TRANSPORT). */
export interface WebhookTransport {
  post(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<WebhookAnswer>;
}
export const WEBHOOK_TRANSPORT = Symbol('WebhookTransport');

/** The most of an answer's body read (then dropped): a receiver cannot make us buffer more. */
const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * node:http(s), no redirects followed (a 3xx is a failure: a redirect could lead inside). In
 * production every address a name resolves to is checked at connect time, so neither a name
 * pointing at a private address nor one that changes between checks (DNS rebinding) gets through.
 */
export class HttpWebhookTransport implements WebhookTransport {
  constructor(private readonly options: { refusePrivateAddresses: boolean }) {}

  post(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<WebhookAnswer> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    return new Promise((resolve) => {
      let settled = false;
      const settle = (answer: Omit<WebhookAnswer, 'durationMs'>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ ...answer, durationMs: elapsed() });
      };
      const target = new URL(url);
      const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = send(
        target,
        {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          ...(this.options.refusePrivateAddresses ? { lookup: publicOnlyLookup } : {}),
        },
        (res) => {
          let read = 0;
          res.on('data', (chunk: Buffer) => {
            read += chunk.length;
            if (read > MAX_ANSWER_BYTES) res.destroy();
          });
          const done = () => settle({ statusCode: res.statusCode ?? 0 });
          res.on('end', done);
          res.on('close', done);
          res.on('error', done);
        },
      );
      const timer = setTimeout(() => {
        settle({ error: `timed out after ${timeoutMs} ms` });
        req.destroy();
      }, timeoutMs);
      req.on('error', (error) => settle({ error: describe(error) }));
      req.end(body);
    });
  }
}

function describe(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code ? `${code}: ` : '') + error.message.slice(0, 300);
}

/** dns.lookup, refusing any private, loopback or link-local answer. */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const refused = addresses.find((entry) => isPrivateAddress(entry.address));
    if (refused || addresses.length === 0) {
      const why = new Error(`${hostname} resolves to ${refused?.address ?? 'nothing'}: a private address is refused`);
      (why as NodeJS.ErrnoException).code = 'EWEBHOOKTARGET';
      return callback(why, '', 0);
    }
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    return callback(null, addresses[0].address, addresses[0].family);
  });
};
