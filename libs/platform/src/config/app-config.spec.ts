import { loadConfig, parseTrustProxy } from './app-config';

describe('TRUST_PROXY', () => {
  it('is off unless set: X-Forwarded-For is then ignored', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
  });

  it('takes a hop count or a list of proxy addresses and CIDRs', () => {
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('10.0.0.0/8, 127.0.0.1')).toEqual(['10.0.0.0/8', '127.0.0.1']);
  });

  it('refuses "true", which would let any client name its own address', () => {
    expect(() => parseTrustProxy('true')).toThrow(/TRUST_PROXY=true would trust any client/);
    expect(() => parseTrustProxy('True')).toThrow(/TRUST_PROXY=true would trust any client/);
    expect(parseTrustProxy('False')).toBe(false);
  });

  it.each([['2,'], ['yes'], ['10.0.0.1, proxy.internal'], ['10.0.0.0/33'], ['::1/129'], ['10.0.0.0/8/1']])(
    'refuses %s at start-up, naming the entry, instead of trusting nobody or failing inside Fastify',
    (value) => {
      expect(() => parseTrustProxy(value)).toThrow(/TRUST_PROXY entry ".+" is not an address or CIDR/);
    },
  );

  it('takes IPv6 addresses and CIDRs', () => {
    expect(parseTrustProxy('::1, fd00::/8')).toEqual(['::1', 'fd00::/8']);
  });
});

describe('ACCESS_TOKEN_TTL_SECONDS', () => {
  it('is at most an hour, the time revocation lists keep entries for', () => {
    expect(loadConfig({ ACCESS_TOKEN_TTL_SECONDS: '3600' }).jwt.accessTokenTtlSeconds).toBe(3600);
    for (const value of ['3601', '0', 'soon', '1.5'])
      expect(() => loadConfig({ ACCESS_TOKEN_TTL_SECONDS: value })).toThrow(/ACCESS_TOKEN_TTL_SECONDS must be/);
  });
});

describe('demo mode in a production-shaped process', () => {
  const production = { EVENTSTORE_URL: 'kurrentdb://kurrentdb:2113', MONGODB_URL: 'mongodb://mongodb:27017' };

  it.each([
    ['NODE_ENV=production', { NODE_ENV: 'production' }],
    ['a KurrentDB event store', { EVENTSTORE_URL: production.EVENTSTORE_URL }],
    ['a MongoDB read store', { MONGODB_URL: production.MONGODB_URL }],
  ])('is refused at start-up with %s on a public interface', (reason, env) => {
    expect(() => loadConfig({ ...env, DEMO_MODE: 'true', HOST: '0.0.0.0' })).toThrow(
      new RegExp(`DEMO_MODE=true is refused with ${reason} on HOST=0.0.0.0`),
    );
  });

  it('is allowed on loopback (trying the production adapters locally) and in the embedded default', () => {
    expect(loadConfig({ ...production, DEMO_MODE: 'true', HOST: '127.0.0.1' }).demoMode).toBe(true);
    expect(loadConfig({ ...production, NODE_ENV: 'production', DEMO_MODE: 'true', HOST: '::1' }).demoMode).toBe(true);
    expect(loadConfig({ DEMO_MODE: 'true', HOST: '0.0.0.0' }).demoMode).toBe(true);
  });

  it('never stands in the way when demo mode is off', () => {
    expect(loadConfig({ ...production, NODE_ENV: 'production', HOST: '0.0.0.0' }).demoMode).toBe(false);
  });
});

describe('PAYMENTS_PROVIDER', () => {
  const stripe = {
    PAYMENTS_PROVIDER: 'stripe',
    STRIPE_SECRET_KEY: 'sk_test_abc123',
    STRIPE_PUBLISHABLE_KEY: 'pk_test_abc123',
    STRIPE_WEBHOOK_SECRET: 'whsec_abc123',
  };

  it('is the embedded test-mode provider unless set', () => {
    expect(loadConfig({}).payments).toMatchObject({ provider: 'test-mode' });
    expect(loadConfig({}).payments.stripe).toBeUndefined();
  });

  it('takes Stripe with its three keys, and stripe-mock’s URL for tests', () => {
    expect(loadConfig(stripe).payments.stripe).toEqual({
      secretKey: 'sk_test_abc123',
      publishableKey: 'pk_test_abc123',
      webhookSecret: 'whsec_abc123',
    });
    expect(loadConfig({ ...stripe, STRIPE_API_URL: 'http://127.0.0.1:12111' }).payments.stripe?.apiUrl).toBe(
      'http://127.0.0.1:12111',
    );
  });

  it.each(['STRIPE_SECRET_KEY', 'STRIPE_PUBLISHABLE_KEY', 'STRIPE_WEBHOOK_SECRET'])(
    'refuses to start on Stripe without %s, or with a key of the wrong kind',
    (name) => {
      expect(() => loadConfig({ ...stripe, [name]: undefined })).toThrow(new RegExp(name));
      expect(() => loadConfig({ ...stripe, [name]: 'rk_wrong kind' })).toThrow(new RegExp(name));
    },
  );

  it('refuses a provider it does not have, and an API URL that is not an origin', () => {
    expect(() => loadConfig({ PAYMENTS_PROVIDER: 'paypal' })).toThrow(/PAYMENTS_PROVIDER must be/);
    expect(() => loadConfig({ ...stripe, STRIPE_API_URL: 'ftp://x' })).toThrow(/STRIPE_API_URL/);
  });
});

describe('PayPal beside the card provider', () => {
  const paypal = { PAYPAL_CLIENT_ID: 'AbC-123', PAYPAL_CLIENT_SECRET: 'sec.ret_1', PAYPAL_WEBHOOK_ID: 'WH-1' };

  it('is off unless PAYPAL_CLIENT_ID is set', () => {
    expect(loadConfig({}).payments.paypal).toBeUndefined();
  });

  it("defaults to PayPal's sandbox, whose approval page is on www.sandbox.paypal.com", () => {
    expect(loadConfig(paypal).payments.paypal).toEqual({
      clientId: 'AbC-123',
      clientSecret: 'sec.ret_1',
      webhookId: 'WH-1',
      apiUrl: 'https://api-m.sandbox.paypal.com',
      approvalOrigin: 'https://www.sandbox.paypal.com',
      standIn: false,
    });
    expect(loadConfig({ ...paypal, PAYPAL_API_URL: 'https://api-m.paypal.com' }).payments.paypal?.approvalOrigin).toBe(
      'https://www.paypal.com',
    );
  });

  it('takes a stand-in’s URL, whose approval page is its own, and says it is a stand-in', () => {
    const config = loadConfig({ ...paypal, PAYPAL_API_URL: 'http://127.0.0.1:4010/', PAYPAL_STAND_IN: 'on' });
    expect(config.payments.paypal).toMatchObject({
      apiUrl: 'http://127.0.0.1:4010',
      approvalOrigin: 'http://127.0.0.1:4010',
      standIn: true,
    });
  });

  it.each(['PAYPAL_CLIENT_SECRET', 'PAYPAL_WEBHOOK_ID'])('refuses to start without %s', (name) => {
    expect(() => loadConfig({ ...paypal, [name]: undefined })).toThrow(new RegExp(name));
  });

  it('refuses URLs that are not origins', () => {
    expect(() => loadConfig({ ...paypal, PAYPAL_API_URL: 'https://api-m.paypal.com/v2' })).toThrow(/PAYPAL_API_URL/);
    expect(() => loadConfig({ ...paypal, PAYPAL_APPROVAL_ORIGIN: 'javascript:alert(1)' })).toThrow(
      /PAYPAL_APPROVAL_ORIGIN/,
    );
  });
});
