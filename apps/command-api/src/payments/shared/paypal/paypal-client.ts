import { Logger } from '@nestjs/common';
import { PaymentProviderError, providerUnavailable } from '../payment-provider';

export type PayPalSettings = Readonly<{
  clientId: string;
  clientSecret: string;
  /** PayPal's API base: https://api-m.sandbox.paypal.com, https://api-m.paypal.com, or the stand-in's URL. */
  apiUrl: string;
}>;

type Request = Readonly<{
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  /** PayPal-Request-Id: PayPal answers a repeat with the first answer (its idempotency key). */
  requestId?: string;
}>;

/** PayPal's error body (name, message, details[].issue), as far as it is read here. */
type PayPalError = Readonly<{ name?: string; message?: string; details?: ReadonlyArray<{ issue?: string }> }>;

/**
 * PayPal's REST API over fetch: an OAuth 2.0 client-credentials token, kept until shortly before it
 * expires (and fetched again once if PayPal says it is no longer valid), JSON in and out, a timeout
 * per call. PayPal refusing a call (400, 404, 422) is a PaymentProviderError naming its issue;
 * PayPal unreachable, down, rate-limiting or refusing our credentials is a 503 for our caller, with
 * PayPal's words logged, never sent (they may describe our account).
 */
export class PayPalClient {
  private readonly logger = new Logger('PayPal');
  private token: { value: string; expiresAt: number } | undefined;

  constructor(
    private readonly settings: PayPalSettings,
    private readonly now: () => number = Date.now,
    private readonly timeoutMs = 20_000,
  ) {}

  async call<T>(request: Request): Promise<T> {
    const first = await this.send(request, await this.accessToken());
    if (first.status !== 401) return this.read<T>(request, first);
    this.token = undefined;
    return this.read<T>(request, await this.send(request, await this.accessToken()));
  }

  private async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > this.now()) return this.token.value;
    const basic = Buffer.from(`${this.settings.clientId}:${this.settings.clientSecret}`).toString('base64');
    const response = await this.fetch('/v1/oauth2/token', {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    const body = (await response.json().catch(() => ({}))) as { access_token?: string; expires_in?: number };
    if (!response.ok || typeof body.access_token !== 'string') {
      this.logger.error({ status: response.status }, 'PayPal refused our client credentials');
      throw providerUnavailable('paypal');
    }
    const lifetimeMs = Math.max(0, (body.expires_in ?? 0) - 60) * 1000;
    this.token = { value: body.access_token, expiresAt: this.now() + lifetimeMs };
    return body.access_token;
  }

  private send(request: Request, token: string): Promise<Response> {
    return this.fetch(request.path, {
      method: request.method,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        prefer: 'return=representation',
        ...(request.requestId ? { 'paypal-request-id': request.requestId } : {}),
      },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    });
  }

  private async fetch(path: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(new URL(path, this.settings.apiUrl), { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      this.logger.error({ err: error, path }, 'PayPal could not be reached');
      throw providerUnavailable('paypal');
    }
  }

  private async read<T>(request: Request, response: Response): Promise<T> {
    const text = await response.text().catch(() => '');
    const body = parse(text);
    if (response.ok) return body as T;
    if (response.status === 400 || response.status === 404 || response.status === 409 || response.status === 422) {
      const error = (body ?? {}) as PayPalError;
      const issue = error.details?.find((d) => typeof d.issue === 'string')?.issue ?? error.name ?? 'INVALID_REQUEST';
      throw new PaymentProviderError(issue.toLowerCase(), `PayPal refused ${request.method} ${request.path}: ${issue}`);
    }
    this.logger.error({ status: response.status, path: request.path, body: text.slice(0, 500) }, 'PayPal failed');
    throw providerUnavailable('paypal');
  }
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
