import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { refuseDemoInProduction } from './demo-guard';

export type AppConfig = Readonly<{
  port: number;
  host: string;
  /** INTERNAL_PORT: unauthenticated /metrics and detailed /health for the deployment (OpsListener); unset: none. */
  internalPort?: number;
  dataDir: string;
  eventStore: { kind: 'sqlite'; path: string } | { kind: 'kurrentdb'; url: string };
  /**
   * memory: `snapshots` (READ_MODEL_SNAPSHOTS, on unless `off`) keeps the read models in a file
   * under DATA_DIR, rewritten every READ_MODEL_SNAPSHOT_INTERVAL_MS and at shutdown; a start loads
   * it and catches up from its checkpoints (docs/architecture.md, "Read-model snapshots").
   */
  readStore:
    { kind: 'memory'; snapshots?: { intervalMs: number } } | { kind: 'mongodb'; url: string; database: string };
  /** Personal fields in the log are encrypted per person with keys kept here (docs/personal-data.md). */
  personalData: PersonalDataConfig;
  jwt: {
    publicKeyPem?: string;
    privateKeyPem?: string;
    issuer: string;
    audience: string;
    accessTokenTtlSeconds: number;
  };
  demoMode: boolean;
  logLevel: string;
  /** How long a query naming a position may wait for the projections (ms). */
  consistencyWaitMs: number;
  /** Readiness (`/ready`) of a process running projections: every projection at most this many events behind. */
  readyMaxLag: number;
  /** Catalog search answers kept in memory (0: none), how long one may trail a write (ms) and from what age it is renewed in the background (ms; absent: ¾ of that); see CatalogSearchCache. */
  catalogCache: { entries: number; maxStaleMs: number; renewAfterMs?: number };
  webDist: string;
  /** Attempts per minute, per address and route, on throttled (auth) endpoints. */
  authRateLimit: number;
  /** Public origin used in links sent by mail (unset: where the process listens; see PublicOrigin). */
  publicUrl?: string;
  session: { absoluteTtlSeconds: number; idleTtlSeconds: number; cookieSecure: boolean };
  /** Which peers may say who the client is (X-Forwarded-For): none, a hop count, or addresses/CIDRs. */
  trustProxy: TrustProxy;
  /** Secrets the ticket codes' event keys derive from (libs/tickets; resolveTicketCodes). */
  ticketSigning: TicketSigningConfig;
  /** TICKET_PDF_THREADS: worker threads that draw ticket PDFs (0: on the event loop). */
  ticketPdfThreads: number;
  /** Outgoing webhooks to organizers (docs/webhooks.md). */
  webhooks: WebhooksConfig;
  /** The payment provider and its settings (docs/payments.md). */
  payments: PaymentsConfig;
}>;

/**
 * `production` (NODE_ENV=production): https only, and names that resolve to a private or loopback
 * address are refused at send time. Otherwise http:// and https:// to 127.0.0.1/localhost are
 * allowed too (a developer's own receiver). WEBHOOK_TIMEOUT_MS: one attempt's limit;
 * WEBHOOK_RETRY_BASE_MS: the first retry's delay (each later one doubles); WEBHOOK_SWEEP_MS: how
 * often the sender looks for due deliveries.
 */
export type WebhooksConfig = Readonly<{
  production: boolean;
  timeoutMs: number;
  retryBaseMs: number;
  sweepEveryMs: number;
}>;

/**
 * PAYMENTS_PROVIDER: `test-mode` (the embedded provider, the default) or `stripe`. Stripe needs
 * STRIPE_SECRET_KEY, STRIPE_PUBLISHABLE_KEY (the SPA's Payment Element) and STRIPE_WEBHOOK_SECRET
 * (whsec_…, our endpoint's signing secret); STRIPE_API_URL points the SDK elsewhere (stripe-mock).
 */
export type PaymentsConfig = Readonly<{
  provider: 'test-mode' | 'stripe';
  stripe?: { secretKey: string; publishableKey: string; webhookSecret: string; apiUrl?: string };
  /**
   * PayPal (Orders v2) beside the card provider, when PAYPAL_CLIENT_ID is set: PAYPAL_CLIENT_SECRET,
   * PAYPAL_WEBHOOK_ID (the id PayPal gave our webhook endpoint), PAYPAL_API_URL (default PayPal's
   * sandbox), PAYPAL_APPROVAL_ORIGIN (where PayPal's approval page is; derived from the API URL).
   * PAYPAL_STAND_IN=on: the API URL is the local stand-in of PayPal (the SPA says so), not PayPal.
   */
  paypal?: {
    clientId: string;
    clientSecret: string;
    webhookId: string;
    apiUrl: string;
    approvalOrigin: string;
    standIn: boolean;
  };
  testMode: {
    /** PAYMENTS_TEST_MODE_WEBHOOK_SECRET: signs the webhooks the provider sends and our endpoint checks. */
    webhookSecret: string;
    /** PAYMENTS_TEST_MODE_WEBHOOK_URL: deliver over HTTP there; unset: into this process's own endpoint. */
    webhookUrl?: string;
    webhooks: { enabled: boolean; retries: number; retryDelayMs: number; maxDelayMs: number; duplicateRate: number };
    /** PAYMENTS_TEST_MODE_SEED: a seeded random source for delays and duplicates (repeatable runs). */
    seed?: number;
  };
}>;

/**
 * TICKET_SIGNING_SECRETS ("kid:base64url,...") and TICKET_SIGNING_KID (default: the highest kid).
 * Unset: read from `keyFile` (TICKET_SIGNING_SECRETS_FILE, same format), generated there once in
 * development. `required` (NODE_ENV=production): the secrets or a named file that exists, or no start.
 */
export type TicketSigningConfig = Readonly<{
  secrets?: string;
  kid?: string;
  keyFile: string;
  /** TICKET_SIGNING_SECRETS_FILE was set: an operator's file (a mounted secret), not the development default. */
  keyFileNamed: boolean;
  required: boolean;
}>;

export type TrustProxy = false | number | string[];

export type PersonalDataConfig = Readonly<{
  keys:
    | { kind: 'sqlite'; path: string }
    /** timeoutMs: PERSONAL_DATA_KEYS_TIMEOUT_MS, the longest a key-store call waits before failing (503). */
    | { kind: 'mongodb'; url: string; database: string; timeoutMs: number };
  /** PERSONAL_DATA_MASTER_KEY (base64 of 32 bytes), else a key file created once if missing. */
  masterKey: { kind: 'value'; base64: string } | { kind: 'file'; path: string };
}>;

/** Adapters are chosen by configuration (env vars), never by editing code. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, defaults: { port?: number } = {}): AppConfig {
  const dataDir = resolve(env.DATA_DIR ?? './data');
  const eventStoreKind = env.EVENT_STORE ?? (env.EVENTSTORE_URL ? 'kurrentdb' : 'sqlite');
  const readStoreKind = env.READ_STORE ?? (env.MONGODB_URL ? 'mongodb' : 'memory');
  if (eventStoreKind !== 'sqlite' && eventStoreKind !== 'kurrentdb')
    throw new Error(`EVENT_STORE must be sqlite or kurrentdb`);
  if (readStoreKind !== 'memory' && readStoreKind !== 'mongodb')
    throw new Error(`READ_STORE must be memory or mongodb`);
  const demoMode = (env.DEMO_MODE ?? 'false') === 'true';
  const host = env.HOST ?? '127.0.0.1';
  refuseDemoInProduction(env, { demoMode, host, eventStore: eventStoreKind, readStore: readStoreKind });
  return {
    port: Number(env.PORT ?? defaults.port ?? 3000),
    host,
    ...(env.INTERNAL_PORT ? { internalPort: Number(env.INTERNAL_PORT) } : {}),
    dataDir,
    eventStore:
      eventStoreKind === 'sqlite'
        ? { kind: 'sqlite', path: resolve(env.EVENT_STORE_PATH ?? `${dataDir}/events.db`) }
        : { kind: 'kurrentdb', url: required(env, 'EVENTSTORE_URL') },
    readStore:
      readStoreKind === 'memory'
        ? { kind: 'memory', ...snapshotsConfig(env) }
        : { kind: 'mongodb', url: required(env, 'MONGODB_URL'), database: env.MONGODB_DATABASE ?? 'booking' },
    personalData: personalDataConfig(env, dataDir, readStoreKind),
    jwt: {
      publicKeyPem: env.JWT_PUBLIC_KEY,
      privateKeyPem: env.JWT_PRIVATE_KEY,
      issuer: env.JWT_ISSUER ?? 'booking-platform',
      audience: env.JWT_AUDIENCE ?? 'booking-api',
      accessTokenTtlSeconds: accessTokenTtl(env.ACCESS_TOKEN_TTL_SECONDS),
    },
    demoMode,
    logLevel: env.LOG_LEVEL ?? 'info',
    consistencyWaitMs: Number(env.CONSISTENCY_WAIT_MS ?? 5000),
    readyMaxLag: Number(env.READY_MAX_LAG ?? 1000),
    catalogCache: {
      entries: Number(env.CATALOG_CACHE_ENTRIES ?? 1000),
      maxStaleMs: Number(env.CATALOG_CACHE_STALE_MS ?? 1000),
      ...(env.CATALOG_CACHE_RENEW_MS ? { renewAfterMs: wholeNumber(env, 'CATALOG_CACHE_RENEW_MS', 0, 0) } : {}),
    },
    webDist: resolve(env.WEB_DIST ?? 'web/dist'),
    authRateLimit: Number(env.AUTH_RATE_LIMIT ?? 20),
    publicUrl: env.PUBLIC_URL || undefined,
    session: {
      absoluteTtlSeconds: Number(env.SESSION_ABSOLUTE_TTL_SECONDS ?? 30 * 86_400),
      idleTtlSeconds: Number(env.SESSION_IDLE_TTL_SECONDS ?? 7 * 86_400),
      cookieSecure: (env.COOKIE_SECURE ?? 'true') !== 'false',
    },
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    ticketPdfThreads: wholeNumber(env, 'TICKET_PDF_THREADS', 1, 0, 16),
    ticketSigning: {
      ...(env.TICKET_SIGNING_SECRETS ? { secrets: env.TICKET_SIGNING_SECRETS } : {}),
      ...(env.TICKET_SIGNING_KID ? { kid: env.TICKET_SIGNING_KID } : {}),
      // Not under <dataDir>/keys by default: the JWT keys are renamed into that folder whole (resolveJwtKeys).
      keyFile: resolve(env.TICKET_SIGNING_SECRETS_FILE || `${dataDir}/ticket-signing.key`),
      keyFileNamed: Boolean(env.TICKET_SIGNING_SECRETS_FILE),
      required: env.NODE_ENV === 'production',
    },
    webhooks: {
      production: env.NODE_ENV === 'production',
      timeoutMs: positiveInteger(env, 'WEBHOOK_TIMEOUT_MS', 10_000),
      retryBaseMs: positiveInteger(env, 'WEBHOOK_RETRY_BASE_MS', 60_000),
      sweepEveryMs: positiveInteger(env, 'WEBHOOK_SWEEP_MS', 1000),
    },
    payments: paymentsConfig(env),
  };
}

function paymentsConfig(env: NodeJS.ProcessEnv): PaymentsConfig {
  const provider = env.PAYMENTS_PROVIDER ?? 'test-mode';
  if (provider !== 'test-mode' && provider !== 'stripe')
    throw new Error('PAYMENTS_PROVIDER must be test-mode or stripe');
  const stripe = provider === 'stripe' ? stripeConfig(env) : undefined;
  const number = (name: string, fallback: number, max: number) => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isFinite(value) || value < 0 || value > max)
      throw new Error(`${name} must be a number from 0 to ${max}`);
    return value;
  };
  const webhooks = (env.PAYMENTS_TEST_MODE_WEBHOOKS ?? 'on').toLowerCase();
  if (webhooks !== 'on' && webhooks !== 'off') throw new Error('PAYMENTS_TEST_MODE_WEBHOOKS must be on or off');
  const paypal = env.PAYPAL_CLIENT_ID?.trim() ? paypalConfig(env) : undefined;
  return {
    provider,
    ...(stripe ? { stripe } : {}),
    ...(paypal ? { paypal } : {}),
    testMode: {
      webhookSecret: env.PAYMENTS_TEST_MODE_WEBHOOK_SECRET || 'whsec_test_mode_local',
      ...(env.PAYMENTS_TEST_MODE_WEBHOOK_URL ? { webhookUrl: env.PAYMENTS_TEST_MODE_WEBHOOK_URL } : {}),
      webhooks: {
        enabled: webhooks === 'on',
        retries: Math.floor(number('PAYMENTS_TEST_MODE_WEBHOOK_RETRIES', 5, 20)),
        retryDelayMs: number('PAYMENTS_TEST_MODE_WEBHOOK_RETRY_MS', 500, 3_600_000),
        maxDelayMs: number('PAYMENTS_TEST_MODE_WEBHOOK_MAX_DELAY_MS', 200, 600_000),
        duplicateRate: number('PAYMENTS_TEST_MODE_WEBHOOK_DUPLICATE_RATE', 0.02, 1),
      },
      ...(env.PAYMENTS_TEST_MODE_SEED ? { seed: Math.floor(number('PAYMENTS_TEST_MODE_SEED', 0, 2 ** 32)) } : {}),
    },
  };
}

function stripeConfig(env: NodeJS.ProcessEnv): NonNullable<PaymentsConfig['stripe']> {
  const required = (name: string, pattern: RegExp, what: string) => {
    const value = env[name]?.trim();
    if (!value || !pattern.test(value)) throw new Error(`PAYMENTS_PROVIDER=stripe needs ${name} (${what})`);
    return value;
  };
  const apiUrl = env.STRIPE_API_URL?.trim();
  if (apiUrl && !/^https?:\/\/[^/]+\/?$/.test(apiUrl)) throw new Error('STRIPE_API_URL must be an http(s) origin');
  return {
    secretKey: required('STRIPE_SECRET_KEY', /^(sk|rk)_(test|live)_\w+$/, 'sk_test_… or sk_live_…'),
    publishableKey: required('STRIPE_PUBLISHABLE_KEY', /^pk_(test|live)_\w+$/, 'pk_test_… or pk_live_…'),
    webhookSecret: required('STRIPE_WEBHOOK_SECRET', /^whsec_\w+$/, 'whsec_…'),
    ...(apiUrl ? { apiUrl } : {}),
  };
}

const PAYPAL_APPROVAL_ORIGINS: Readonly<Record<string, string>> = {
  'https://api-m.sandbox.paypal.com': 'https://www.sandbox.paypal.com',
  'https://api.sandbox.paypal.com': 'https://www.sandbox.paypal.com',
  'https://api-m.paypal.com': 'https://www.paypal.com',
  'https://api.paypal.com': 'https://www.paypal.com',
};

function paypalConfig(env: NodeJS.ProcessEnv): NonNullable<PaymentsConfig['paypal']> {
  const required = (name: string) => {
    const value = env[name]?.trim();
    if (!value || !/^[\w.-]{1,200}$/.test(value)) throw new Error(`PAYPAL_CLIENT_ID needs ${name} too`);
    return value;
  };
  const origin = (name: string, value: string) => {
    if (!/^https?:\/\/[^/]+\/?$/.test(value)) throw new Error(`${name} must be an http(s) origin`);
    return new URL(value).origin;
  };
  const apiUrl = origin('PAYPAL_API_URL', env.PAYPAL_API_URL?.trim() || 'https://api-m.sandbox.paypal.com');
  const approval = env.PAYPAL_APPROVAL_ORIGIN?.trim();
  return {
    clientId: required('PAYPAL_CLIENT_ID'),
    clientSecret: required('PAYPAL_CLIENT_SECRET'),
    webhookId: required('PAYPAL_WEBHOOK_ID'),
    apiUrl,
    approvalOrigin: approval ? origin('PAYPAL_APPROVAL_ORIGIN', approval) : (PAYPAL_APPROVAL_ORIGINS[apiUrl] ?? apiUrl),
    standIn: (env.PAYPAL_STAND_IN ?? '').toLowerCase() === 'on',
  };
}

/**
 * Off unless named: trusting any X-Forwarded-For lets a client pick its own address (and dodge
 * every per-address limit). A number trusts that many hops in front of the app; a list trusts
 * those proxies (addresses or CIDRs, comma-separated).
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const setting = value?.trim() ?? '';
  if (setting === '' || setting.toLowerCase() === 'false' || setting === '0') return false;
  if (/^\d+$/.test(setting)) return Number(setting);
  if (setting.toLowerCase() === 'true')
    throw new Error('TRUST_PROXY=true would trust any client; name the hop count or the proxy addresses/CIDRs');
  const entries = setting
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Checked here: a stray "2," would otherwise trust the address 0.0.0.2 (nobody), and a word
  // like "yes" fails deep inside Fastify with "invalid IP address".
  for (const entry of entries) {
    if (!isAddressOrCidr(entry))
      throw new Error(
        `TRUST_PROXY entry "${entry}" is not an address or CIDR; use one hop count alone, or a list of proxy addresses/CIDRs`,
      );
  }
  return entries;
}

function isAddressOrCidr(entry: string): boolean {
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/** Revocation lists keep entries this long (Revocations), so no process may issue longer-lived tokens. */
export const MAX_ACCESS_TOKEN_TTL_SECONDS = 3600;

function accessTokenTtl(value: string | undefined): number {
  const seconds = Number(value ?? 900);
  if (!Number.isInteger(seconds) || seconds <= 0 || seconds > MAX_ACCESS_TOKEN_TTL_SECONDS)
    throw new Error(
      `ACCESS_TOKEN_TTL_SECONDS must be a whole number of seconds from 1 to ${MAX_ACCESS_TOKEN_TTL_SECONDS}`,
    );
  return seconds;
}

/**
 * Keys live beside the read models' server when there is one (every process must share them),
 * else in a SQLite file in the data dir. The master key comes from a secret in production; left
 * unset, it is read from a file (PERSONAL_DATA_MASTER_KEY_FILE, default in the data dir) that the
 * first process creates (processes sharing that file agree on it).
 */
function personalDataConfig(env: NodeJS.ProcessEnv, dataDir: string, readStoreKind: string): PersonalDataConfig {
  const kind = env.PERSONAL_DATA_KEYS ?? (readStoreKind === 'mongodb' ? 'mongodb' : 'sqlite');
  if (kind !== 'sqlite' && kind !== 'mongodb') throw new Error('PERSONAL_DATA_KEYS must be sqlite or mongodb');
  return {
    keys:
      kind === 'sqlite'
        ? { kind, path: resolve(env.PERSONAL_DATA_KEYS_PATH ?? `${dataDir}/personal-data-keys.db`) }
        : {
            kind,
            url: required(env, 'MONGODB_URL'),
            database: env.PERSONAL_DATA_KEYS_DATABASE ?? 'booking-keys',
            timeoutMs: positiveInteger(env, 'PERSONAL_DATA_KEYS_TIMEOUT_MS', 5000),
          },
    masterKey: env.PERSONAL_DATA_MASTER_KEY
      ? { kind: 'value', base64: env.PERSONAL_DATA_MASTER_KEY }
      : { kind: 'file', path: resolve(env.PERSONAL_DATA_MASTER_KEY_FILE ?? `${dataDir}/personal-data-master.key`) },
  };
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
}

/** A whole-number setting from `min` (0 or 1) up to `max` (unbounded when omitted). */
function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: 0 | 1, max?: number): number {
  const value = Number(env[name] ?? fallback);
  if (Number.isInteger(value) && value >= min && (max === undefined || value <= max)) return value;
  throw new Error(
    max === undefined
      ? `${name} must be a ${min === 1 ? 'positive' : 'non-negative'} whole number`
      : `${name} must be a whole number from ${min} to ${max}`,
  );
}

const positiveInteger = (env: NodeJS.ProcessEnv, name: string, fallback: number) => wholeNumber(env, name, fallback, 1);

export const APP_CONFIG = Symbol('AppConfig');

function snapshotsConfig(env: NodeJS.ProcessEnv): { snapshots?: { intervalMs: number } } {
  const setting = env.READ_MODEL_SNAPSHOTS ?? 'on';
  if (setting !== 'on' && setting !== 'off') throw new Error('READ_MODEL_SNAPSHOTS must be on or off');
  const intervalMs = Number(env.READ_MODEL_SNAPSHOT_INTERVAL_MS ?? 60_000);
  if (!Number.isInteger(intervalMs) || intervalMs < 1000)
    throw new Error('READ_MODEL_SNAPSHOT_INTERVAL_MS must be a whole number of milliseconds, at least 1000');
  return setting === 'on' ? { snapshots: { intervalMs } } : {};
}
