import { type IncomingHttpHeaders, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RecordedRequest = Readonly<{
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The form body Stripe's API takes, decoded (`metadata[paymentId]` stays one key). */
  form: Record<string, string>;
}>;

/**
 * An HTTP pass-through in front of stripe-mock that keeps what the adapter sent: what a request
 * carried that stripe-mock does not echo (Idempotency-Key, Stripe-Version, metadata) is checked here.
 */
export async function recordingProxy(target: string) {
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const url = new URL(request.url ?? '/', target);
      requests.push({
        method: request.method ?? 'GET',
        path: url.pathname,
        headers: request.headers,
        form: Object.fromEntries(new URLSearchParams(request.method === 'GET' ? url.search : body)),
      });
      const headers = Object.fromEntries(
        Object.entries(request.headers).filter(
          (entry): entry is [string, string] =>
            typeof entry[1] === 'string' && !['host', 'content-length'].includes(entry[0]),
        ),
      );
      fetch(url, { method: request.method, headers, ...(body ? { body } : {}) })
        .then(async (answer) => {
          response.writeHead(answer.status, {
            'content-type': answer.headers.get('content-type') ?? 'application/json',
          });
          response.end(await answer.text());
        })
        .catch((error: unknown) => {
          response.writeHead(502);
          response.end(String(error));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** The requests since the last call. */
    take: () => requests.splice(0),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
