import { type KeyObject, generateKeyPairSync, randomBytes, randomUUID, sign, verify } from 'node:crypto';
import {
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
  createServer,
  request as httpRequest,
} from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { crc32 } from 'node:zlib';
import { type Funding, PayPalLedger, approvalPage, returnTarget } from './paypal-stand-in-orders';
import { searchTransactions } from './paypal-stand-in-search';
import {
  type ErrorApi,
  type Issue,
  type JsonObject,
  PayPalProblem,
  debugId,
  isObject,
  jsonBody,
  paypalId,
  problem,
  stamp,
} from './paypal-stand-in-support';

/**
 * A local stand-in for PayPal's REST API (Orders v2, Payments v2 refunds, webhook signature
 * verification, Transaction Search) and its approval page, for the PayPal adapter's tests and the
 * dev server: no PayPal sandbox can be reached from here. Paths, JSON shapes, statuses, error
 * bodies and webhook headers follow PayPal's published OpenAPI files
 * (github.com/paypal/paypal-rest-api-specifications) and its documentation; where PayPal's
 * behaviour is not published, the stand-in's own rule is said where it is made.
 */

export type PayPalStandInOptions = {
  host?: string; // default '127.0.0.1'
  port?: number; // default 0 (ephemeral)
  clientId?: string; // default 'stand-in-client'
  clientSecret?: string; // default 'stand-in-secret'
  webhookId?: string; // default 'WH-STANDIN-0001' : the id PayPal gives a registered webhook
  webhookUrl?: string; // where events are POSTed; none: events are only kept
  /** 'auto': each event is POSTed as it happens (async, not awaited by the API call); 'manual': kept until deliverPending() */
  webhookDelivery?: 'auto' | 'manual';
  now?: () => Date; // injected clock, default () => new Date()
};

export type StandInWebhookEvent = {
  id: string;
  event_type: string;
  resource_type: string;
  resource: Record<string, unknown>;
  create_time: string;
  summary: string;
  event_version: '1.0';
  resource_version: '2.0';
  links: unknown[];
};

export interface PayPalStandIn {
  readonly url: string; // e.g. http://127.0.0.1:41234 (API base, like https://api-m.sandbox.paypal.com)
  readonly clientId: string;
  readonly clientSecret: string;
  readonly webhookId: string;
  /** What the buyer does on the approval page, without a browser. funding 'declining': capture later answers 422 INSTRUMENT_DECLINED. */
  approve(orderId: string, options?: { funding?: 'ok' | 'declining' }): Promise<void>;
  /** Events raised so far (approved, captured, denied, refunded), in order. */
  events(): StandInWebhookEvent[];
  /** POSTs every undelivered event to webhookUrl (signed); resolves with the HTTP statuses. */
  deliverPending(): Promise<number[]>;
  /** POSTs one event again (a redelivery, same id and signature headers recomputed). */
  redeliver(eventId: string): Promise<number>;
  setWebhookUrl(url: string | undefined): void;
  /** Every request received (method, path, headers lower-cased, body text): for contract assertions. */
  requests(): Array<{ method: string; path: string; headers: Record<string, string>; body: string }>;
  close(): Promise<void>;
}

/** Starts a stand-in on its own port; close() it after the suite. */
export async function startPayPalStandIn(options: PayPalStandInOptions = {}): Promise<PayPalStandIn> {
  const standIn = new StandIn(options);
  await standIn.listen(options.host ?? '127.0.0.1', options.port ?? 0);
  return standIn;
}

/** PayPal's access tokens live 9 hours (expires_in 32400). */
const TOKEN_SECONDS = 32_400;
const CERT_PATH = '/v1/notifications/certs/CERT-STANDIN';
/** The scopes a REST app gets for what the stand-in serves. */
const SCOPES = [
  'https://uri.paypal.com/services/payments/payment',
  'https://uri.paypal.com/services/payments/refund',
  'https://uri.paypal.com/services/payments/realtimepayment',
  'https://uri.paypal.com/services/reporting/search/read',
  'https://uri.paypal.com/services/applications/webhooks',
  'openid',
].join(' ');

type Recorded = { method: string; path: string; headers: Record<string, string>; body: string };
type Call = Readonly<{ url: URL; params: readonly string[]; headers: IncomingHttpHeaders; body: string }>;
type Answer = Readonly<{ status: number; json?: unknown; html?: string; text?: string; location?: string }>;
type Route = Readonly<{
  method: 'GET' | 'POST';
  path: RegExp;
  /** Served without a bearer token: the token endpoint, the certificate, the buyer's pages. */
  open?: boolean;
  handle: (call: Call) => Answer | Promise<Answer>;
}>;
/** An event with its delivery state: delivered once a POST of it got a 2xx. */
type Kept = { event: StandInWebhookEvent; body: string; delivered: boolean; inFlight?: Promise<number> };

class StandIn implements PayPalStandIn {
  url = '';
  readonly clientId: string;
  readonly clientSecret: string;
  readonly webhookId: string;
  private webhookUrl: string | undefined;
  private readonly delivery: 'auto' | 'manual';
  private readonly now: () => Date;
  /** The key pair webhook deliveries are signed with, made once per stand-in. */
  private readonly keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private readonly ledger: PayPalLedger;
  private readonly tokens = new Map<string, number>();
  private readonly kept: Kept[] = [];
  private readonly received: Recorded[] = [];
  private readonly deliveries = new Set<Promise<number>>();
  private readonly server = createServer((request, response) => this.receive(request, response));
  private closed = false;

  constructor(options: PayPalStandInOptions) {
    this.clientId = options.clientId ?? 'stand-in-client';
    this.clientSecret = options.clientSecret ?? 'stand-in-secret';
    this.webhookId = options.webhookId ?? 'WH-STANDIN-0001';
    this.webhookUrl = options.webhookUrl;
    this.delivery = options.webhookDelivery ?? 'auto';
    this.now = options.now ?? (() => new Date());
    this.ledger = new PayPalLedger({
      url: () => this.url,
      now: () => this.now(),
      raise: (type, resourceType, summary, resource) => this.raise(type, resourceType, summary, resource),
    });
  }

  async listen(host: string, port: number): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => resolve());
    });
    const address = this.server.address() as AddressInfo;
    const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    this.url = `http://${shown}:${address.port}`;
  }

  // -------------------------------------------------------------------------------------------
  // The test-facing API

  async approve(orderId: string, options: { funding?: Funding } = {}): Promise<void> {
    try {
      this.ledger.approve(orderId, options.funding ?? 'ok');
    } catch (error) {
      if (!(error instanceof PayPalProblem)) throw error;
      throw new Error(`The stand-in cannot approve order ${orderId}: ${issueOf(error)}`, { cause: error });
    }
  }

  events(): StandInWebhookEvent[] {
    return this.kept.map((kept) => structuredClone(kept.event));
  }

  /** In order, one at a time, as PayPal delivers; 0 stands for a target that could not be reached. */
  async deliverPending(): Promise<number[]> {
    this.requireWebhookUrl();
    const statuses: number[] = [];
    for (const kept of this.kept) if (!kept.delivered) statuses.push(await (kept.inFlight ?? this.deliver(kept)));
    return statuses;
  }

  async redeliver(eventId: string): Promise<number> {
    this.requireWebhookUrl();
    const kept = this.kept.find((candidate) => candidate.event.id === eventId);
    if (!kept) throw new Error(`The stand-in raised no event ${eventId}`);
    return this.deliver(kept);
  }

  setWebhookUrl(url: string | undefined): void {
    this.webhookUrl = url;
  }

  requests(): Recorded[] {
    return this.received.map((request) => ({ ...request, headers: { ...request.headers } }));
  }

  /** Stops taking requests, lets deliveries under way finish, and drops idle connections. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.deliveries]);
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  // -------------------------------------------------------------------------------------------
  // HTTP

  private readonly routes: readonly Route[] = [
    { method: 'POST', path: /^\/v1\/oauth2\/token$/, open: true, handle: (call) => this.token(call) },
    { method: 'GET', path: new RegExp(`^${CERT_PATH}$`), open: true, handle: () => this.certificate() },
    { method: 'GET', path: /^\/checkoutnow$/, open: true, handle: (call) => this.page(call) },
    { method: 'GET', path: /^\/checkoutnow\/approve$/, open: true, handle: (call) => this.approvedOnPage(call) },
    { method: 'GET', path: /^\/checkoutnow\/cancel$/, open: true, handle: (call) => this.cancelledOnPage(call) },
    { method: 'POST', path: /^\/v2\/checkout\/orders$/, handle: (call) => this.createOrder(call) },
    { method: 'GET', path: /^\/v2\/checkout\/orders\/([^/]+)$/, handle: (call) => this.showOrder(call) },
    {
      method: 'POST',
      path: /^\/v2\/checkout\/orders\/([^/]+)\/confirm-payment-source$/,
      handle: (call) => this.confirm(call),
    },
    { method: 'POST', path: /^\/v2\/checkout\/orders\/([^/]+)\/capture$/, handle: (call) => this.capture(call) },
    { method: 'GET', path: /^\/v2\/payments\/captures\/([^/]+)$/, handle: (call) => this.showCapture(call) },
    { method: 'POST', path: /^\/v2\/payments\/captures\/([^/]+)\/refund$/, handle: (call) => this.refund(call) },
    { method: 'GET', path: /^\/v2\/payments\/refunds\/([^/]+)$/, handle: (call) => this.showRefund(call) },
    {
      method: 'POST',
      path: /^\/v1\/notifications\/verify-webhook-signature$/,
      handle: (call) => this.verifySignature(call),
    },
    { method: 'GET', path: /^\/v1\/notifications\/webhooks-events\/([^/]+)$/, handle: (call) => this.showEvent(call) },
    {
      method: 'POST',
      path: /^\/v1\/notifications\/webhooks-events\/([^/]+)\/resend$/,
      handle: (call) => this.resend(call),
    },
    { method: 'GET', path: /^\/v1\/reporting\/transactions$/, handle: (call) => this.search(call) },
  ];

  private receive(request: IncomingMessage, response: ServerResponse) {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('error', () => response.destroy());
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = flatten(request.headers);
      this.received.push({ method: request.method ?? 'GET', path: request.url ?? '/', headers, body });
      this.answer(request, body)
        .catch((error: unknown) => failure(error))
        .then((answer) => write(response, answer));
    });
  }

  private async answer(request: IncomingMessage, body: string): Promise<Answer> {
    const url = new URL(request.url ?? '/', this.url);
    const route = this.routes.find(
      (candidate) => candidate.method === request.method && candidate.path.test(url.pathname),
    );
    if (!route?.open && /^\/v[12]\//.test(url.pathname)) {
      const refusal = this.unauthenticated(request.headers.authorization);
      if (refusal) return refusal;
    }
    if (!route) throw unknownPath(request.method ?? 'GET', url.pathname);
    const params = (route.path.exec(url.pathname) ?? []).slice(1).map(decodedSegment);
    return route.handle({ url, params, headers: request.headers, body });
  }

  /**
   * PayPal's two 401s: no bearer token at all is AUTHENTICATION_FAILURE; a token it did not issue
   * (or one past its expires_in) is OAuth's invalid_token.
   */
  private unauthenticated(authorization: string | undefined): Answer | undefined {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) {
      return {
        status: 401,
        json: {
          name: 'AUTHENTICATION_FAILURE',
          message: 'Authentication failed due to invalid authentication credentials or a missing Authorization header.',
          debug_id: debugId(),
          details: [],
          links: [{ href: 'https://developer.paypal.com/docs/api/overview/#error', rel: 'information_link' }],
        },
      };
    }
    const expiresAt = this.tokens.get(token);
    if (expiresAt !== undefined && expiresAt > this.now().getTime()) return undefined;
    return { status: 401, json: { error: 'invalid_token', error_description: 'Access Token not found in cache' } };
  }

  /**
   * POST /v1/oauth2/token, client credentials over HTTP Basic. Like PayPal, a token still valid is
   * answered again (with what is left of its lifetime) rather than a new one.
   */
  private token({ headers, body }: Call): Answer {
    const basic = /^Basic\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];
    const credentials = basic ? Buffer.from(basic, 'base64').toString('utf8') : '';
    if (credentials !== `${this.clientId}:${this.clientSecret}`) {
      return { status: 401, json: { error: 'invalid_client', error_description: 'Client Authentication failed' } };
    }
    const grant = new URLSearchParams(body).get('grant_type');
    if (grant !== 'client_credentials') {
      const description = grant ? 'unsupported grant_type' : 'Grant Type is NULL';
      return { status: 400, json: { error: 'unsupported_grant_type', error_description: description } };
    }
    const now = this.now().getTime();
    let current = [...this.tokens].find(([, expiresAt]) => expiresAt - now > 60_000);
    if (!current) {
      current = [`A21AA${randomBytes(48).toString('base64url')}`, now + TOKEN_SECONDS * 1000];
      this.tokens.set(...current);
    }
    return {
      status: 200,
      json: {
        scope: SCOPES,
        access_token: current[0],
        token_type: 'Bearer',
        app_id: 'APP-80W284485P519543T',
        expires_in: Math.floor((current[1] - now) / 1000),
        nonce: `${stamp(this.now())}${randomBytes(32).toString('base64url')}`,
      },
    };
  }

  // -------------------------------------------------------------------------------------------
  // Orders, captures, refunds

  private createOrder({ headers, body }: Call): Answer {
    const { status, value } = this.ledger.createOrder(jsonBody(body, 'orders/v2'), requestIdOf(headers));
    return { status, json: this.ledger.renderOrder(value, wantsRepresentation(headers)) };
  }

  private showOrder({ params }: Call): Answer {
    return { status: 200, json: this.ledger.renderOrder(this.ledger.order(params[0] ?? ''), true) };
  }

  private confirm({ params, headers, body }: Call): Answer {
    const order = this.ledger.confirm(params[0] ?? '', jsonBody(body, 'orders/v2'));
    return { status: 200, json: this.ledger.renderOrder(order, wantsRepresentation(headers)) };
  }

  private capture({ params, headers, body }: Call): Answer {
    const { status, value } = this.ledger.capture(params[0] ?? '', jsonBody(body, 'orders/v2'), requestIdOf(headers));
    return { status, json: this.ledger.renderCaptured(value, wantsRepresentation(headers)) };
  }

  private showCapture({ params }: Call): Answer {
    return { status: 200, json: this.ledger.renderCapture(this.ledger.captureOf(params[0] ?? ''), true) };
  }

  private refund({ params, headers, body }: Call): Answer {
    const { status, value } = this.ledger.refund(params[0] ?? '', jsonBody(body, 'payments/v2'), requestIdOf(headers));
    const full = wantsRepresentation(headers);
    return { status, json: full ? this.ledger.renderRefund(value) : this.ledger.renderRefundMinimal(value) };
  }

  private showRefund({ params }: Call): Answer {
    return { status: 200, json: this.ledger.renderRefund(this.ledger.refundOf(params[0] ?? '')) };
  }

  // -------------------------------------------------------------------------------------------
  // The buyer's pages (PayPal's www.paypal.com/checkoutnow)

  private page({ url }: Call): Answer {
    return onPage(() => ({ status: 200, html: approvalPage(this.ledger, url.searchParams.get('token') ?? '') }));
  }

  /** Approve: the order APPROVED, then back to return_url?token=…&PayerID=…, as PayPal sends the buyer. */
  private approvedOnPage({ url }: Call): Answer {
    return onPage(() => {
      const funding = url.searchParams.get('funding') === 'declining' ? 'declining' : 'ok';
      const order = this.ledger.approve(url.searchParams.get('token') ?? '', funding);
      const target = returnTarget(order.experience['return_url'], {
        token: order.id,
        PayerID: this.ledger.buyer.payer_id,
      });
      return target
        ? { status: 302, location: target }
        : notice(200, 'Approved. The merchant gave no return_url: go back to it.');
    });
  }

  /** Cancel: back to cancel_url?token=…; the order stays as it was. */
  private cancelledOnPage({ url }: Call): Answer {
    return onPage(() => {
      const order = this.ledger.order(url.searchParams.get('token') ?? '');
      const target = returnTarget(order.experience['cancel_url'], { token: order.id });
      return target ? { status: 302, location: target } : notice(200, 'Cancelled. The merchant gave no cancel_url.');
    });
  }

  // -------------------------------------------------------------------------------------------
  // Webhooks

  private get certUrl() {
    return `${this.url}${CERT_PATH}`;
  }

  /**
   * The key that checks delivery signatures, as PEM. PayPal serves an X.509 certificate there;
   * node:crypto's createPublicKey and verify take either, so a verifier written for PayPal's
   * certificate reads this too.
   */
  private certificate(): Answer {
    return { status: 200, text: this.keys.publicKey.export({ type: 'spki', format: 'pem' }).toString() };
  }

  private raise(eventType: string, resourceType: string, summary: string, resource: JsonObject) {
    const id = `WH-${paypalId()}-${paypalId()}`;
    const event: StandInWebhookEvent = {
      id,
      event_version: '1.0',
      create_time: stamp(this.now()),
      resource_type: resourceType,
      resource_version: '2.0',
      event_type: eventType,
      summary,
      resource,
      links: [
        { href: `${this.url}/v1/notifications/webhooks-events/${id}`, rel: 'self', method: 'GET' },
        { href: `${this.url}/v1/notifications/webhooks-events/${id}/resend`, rel: 'resend', method: 'POST' },
      ],
    };
    const kept: Kept = { event, body: JSON.stringify(event), delivered: false };
    this.kept.push(kept);
    // After the API call has answered, as PayPal's deliveries come independently of its API.
    if (this.delivery === 'auto') {
      setImmediate(() => {
        if (!this.closed && this.webhookUrl && !kept.delivered && !kept.inFlight) void this.deliver(kept);
      });
    }
  }

  /** One signed POST of the event; never rejects (an unreachable target is status 0). */
  private deliver(kept: Kept): Promise<number> {
    const target = this.webhookUrl;
    if (!target) return Promise.resolve(0);
    const attempt = post(target, kept.body, this.signedHeaders(kept.body)).then((status) => {
      if (status >= 200 && status < 300) kept.delivered = true;
      return status;
    });
    kept.inFlight = attempt;
    this.deliveries.add(attempt);
    void attempt.finally(() => {
      this.deliveries.delete(attempt);
      if (kept.inFlight === attempt) kept.inFlight = undefined;
    });
    return attempt;
  }

  /**
   * PayPal's delivery headers. The signature is SHA256withRSA over
   * `transmission_id|transmission_time|webhook_id|crc32(body)`, the CRC32 as an unsigned decimal.
   */
  private signedHeaders(body: string): Record<string, string> {
    const transmissionId = randomUUID();
    const transmissionTime = stamp(this.now());
    return {
      'content-type': 'application/json',
      'paypal-auth-algo': 'SHA256withRSA',
      'paypal-auth-version': 'v2',
      'paypal-cert-url': this.certUrl,
      'paypal-transmission-id': transmissionId,
      'paypal-transmission-time': transmissionTime,
      'paypal-transmission-sig': sign(
        'sha256',
        Buffer.from(signedText(transmissionId, transmissionTime, this.webhookId, body)),
        this.keys.privateKey,
      ).toString('base64'),
      'correlation-id': debugId(),
      'user-agent': 'PayPal/AUHD-214.0-stand-in',
    };
  }

  /**
   * POST /v1/notifications/verify-webhook-signature: SUCCESS only for this stand-in's webhook id,
   * certificate URL and algorithm, and a signature over the event as re-serialised from the request
   * (PayPal's API does the same, so an event must be passed on unchanged).
   */
  private verifySignature({ body }: Call): Answer {
    const request = jsonBody(body, 'webhooks/v1');
    const names = ['auth_algo', 'cert_url', 'transmission_id', 'transmission_sig', 'transmission_time', 'webhook_id'];
    const missing: Issue[] = [...names, 'webhook_event']
      .filter((name) => (name === 'webhook_event' ? !isObject(request[name]) : typeof request[name] !== 'string'))
      .map((name) => ({
        field: name,
        location: 'body',
        issue: 'Required field is missing or invalid',
        description: `${name} is required`,
      }));
    if (missing.length) throw problem(400, 'webhooks/v1', 'VALIDATION_ERROR', missing);
    const text = (name: string) => String(request[name]);
    const holds =
      text('auth_algo') === 'SHA256withRSA' &&
      text('cert_url') === this.certUrl &&
      text('webhook_id') === this.webhookId &&
      checks(
        this.keys.publicKey,
        signedText(
          text('transmission_id'),
          text('transmission_time'),
          text('webhook_id'),
          JSON.stringify(request['webhook_event']),
        ),
        text('transmission_sig'),
      );
    return { status: 200, json: { verification_status: holds ? 'SUCCESS' : 'FAILURE' } };
  }

  private showEvent({ params }: Call): Answer {
    return { status: 200, json: this.keptEvent(params[0] ?? '').event };
  }

  /** POST …/resend: PayPal queues it (202); here it is sent at once when there is a URL. */
  private resend({ params }: Call): Answer {
    const kept = this.keptEvent(params[0] ?? '');
    if (this.webhookUrl) void this.deliver(kept);
    return { status: 202, json: kept.event };
  }

  private keptEvent(id: string): Kept {
    const kept = this.kept.find((candidate) => candidate.event.id === id);
    if (!kept)
      throw problem(404, 'webhooks/v1', 'RESOURCE_NOT_FOUND', [
        { value: id, location: 'path', issue: 'INVALID_RESOURCE_ID', description: 'Webhook event not found.' },
      ]);
    return kept;
  }

  private requireWebhookUrl() {
    if (!this.webhookUrl)
      throw new Error('The PayPal stand-in has no webhookUrl: give one (setWebhookUrl) to deliver events');
  }

  // -------------------------------------------------------------------------------------------
  // Transaction Search

  /** GET /v1/reporting/transactions (paypal-stand-in-search.ts). */
  private search({ url }: Call): Answer {
    return searchTransactions(this.ledger, url, this.now());
  }
}

// ---------------------------------------------------------------------------------------------

const signedText = (transmissionId: string, time: string, webhookId: string, body: string) =>
  `${transmissionId}|${time}|${webhookId}|${crc32(body)}`;

function checks(key: KeyObject, text: string, signature: string): boolean {
  try {
    return verify('sha256', Buffer.from(text), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/** A POST that resolves with the status, or 0 when the target cannot be reached (10 s at most). */
function post(target: string, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return resolve(0);
    }
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(
      url,
      {
        method: 'POST',
        agent: false,
        timeout: 10_000,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', () => resolve(0));
    request.end(body);
  });
}

/** A path id as sent; one with broken %-escapes stays as it is (and names nothing). */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const requestIdOf = (headers: IncomingHttpHeaders) => {
  const value = headers['paypal-request-id'];
  return typeof value === 'string' && value ? value : undefined;
};

/** Prefer: return=representation; PayPal's default is return=minimal. */
const wantsRepresentation = (headers: IncomingHttpHeaders) =>
  /return=representation/i.test(String(headers['prefer'] ?? ''));

function flatten(headers: IncomingHttpHeaders): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers)
      .filter((entry): entry is [string, string | string[]] => entry[1] !== undefined)
      .map(([name, value]) => [name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value]),
  );
}

function issueOf(error: PayPalProblem): string {
  const details = error.body['details'];
  const first: unknown = Array.isArray(details) ? details[0] : undefined;
  return isObject(first) && typeof first['issue'] === 'string' ? first['issue'] : String(error.body['name']);
}

function unknownPath(method: string, path: string) {
  const api: ErrorApi = path.startsWith('/v1/reporting')
    ? 'transaction-search/v1'
    : path.startsWith('/v1')
      ? 'webhooks/v1'
      : 'orders/v2';
  return problem(404, api, 'RESOURCE_NOT_FOUND', [
    { location: 'path', issue: 'INVALID_URI', description: `The stand-in serves no ${method} ${path}.` },
  ]);
}

function failure(error: unknown): Answer {
  if (error instanceof PayPalProblem) return { status: error.status, json: error.body };
  return {
    status: 500,
    json: {
      name: 'INTERNAL_SERVER_ERROR',
      message: 'An internal server error occurred.',
      debug_id: debugId(),
      details: [
        { issue: 'INTERNAL_SERVER_ERROR', description: error instanceof Error ? error.message : String(error) },
      ],
      links: [],
    },
  };
}

/** A buyer's page's problem (an unknown token, a paid order) as a page, not JSON. */
function onPage(render: () => Answer): Answer {
  try {
    return render();
  } catch (error) {
    if (!(error instanceof PayPalProblem)) throw error;
    return notice(error.status, `The stand-in cannot do this: ${issueOf(error)}.`);
  }
}

function notice(status: number, text: string): Answer {
  return {
    status,
    html: `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>PayPal stand-in (not PayPal)</title></head><body>\n<p><strong>PayPal stand-in, not PayPal.</strong></p>\n<p>${text}</p>\n</body></html>`,
  };
}

function write(response: ServerResponse, answer: Answer) {
  const debug =
    isObject(answer.json) && typeof answer.json['debug_id'] === 'string' ? answer.json['debug_id'] : debugId();
  const headers: Record<string, string> = { 'paypal-debug-id': debug };
  let body = '';
  if (answer.location) headers['location'] = answer.location;
  if (answer.html !== undefined) {
    headers['content-type'] = 'text/html; charset=utf-8';
    body = answer.html;
  } else if (answer.text !== undefined) {
    headers['content-type'] = 'application/x-pem-file';
    body = answer.text;
  } else if (answer.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(answer.json);
  }
  response.writeHead(answer.status, headers);
  response.end(body);
}
