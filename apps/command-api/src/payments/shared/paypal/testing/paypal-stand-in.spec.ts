import { createPublicKey, verify } from 'node:crypto';
import { type IncomingHttpHeaders, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32 } from 'node:zlib';
import { type PayPalStandIn, type StandInWebhookEvent, startPayPalStandIn } from './paypal-stand-in';

type Link = { href: string; rel: string; method: string };
type Capture = { id: string; status: string; invoice_id?: string };
/** PayPal's JSON as these tests read it: every field any answer here may carry (each checked by the test). */
type Body = {
  id: string;
  status: string;
  name: string;
  error: string;
  access_token: string;
  links: Link[];
  details: Array<{ issue: string; field?: string }>;
  purchase_units: Array<{ invoice_id?: string; payments: { captures: Capture[] } }>;
  payer: Record<string, unknown>;
  payment_source: { paypal: Record<string, unknown> };
  transaction_details: Array<{ transaction_info: { transaction_id: string }; payer_info?: Record<string, unknown> }>;
  verification_status: string;
};
type Answer = { status: number; headers: Headers; json: Body };

/** A tiny webhook endpoint: keeps each delivery's headers and body as received. */
async function webhookReceiver(status = 200) {
  const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/paypal`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function until(condition: () => boolean, ms = 3_000) {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('PayPal stand-in', () => {
  let clock = new Date('2025-03-01T10:00:00.000Z');
  let paypal: PayPalStandIn;

  beforeAll(async () => {
    paypal = await startPayPalStandIn({ now: () => clock, webhookDelivery: 'manual' });
  });
  afterAll(() => paypal.close());

  const basic = (id = paypal.clientId, secret = paypal.clientSecret) =>
    `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

  async function token(): Promise<string> {
    const response = await fetch(`${paypal.url}/v1/oauth2/token`, {
      method: 'POST',
      headers: { authorization: basic(), 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    return ((await response.json()) as Body).access_token;
  }

  async function call(
    method: string,
    path: string,
    options: { body?: unknown; raw?: string; requestId?: string; representation?: boolean; auth?: string | null } = {},
  ): Promise<Answer> {
    const auth = options.auth === undefined ? `Bearer ${await token()}` : options.auth;
    const response = await fetch(`${paypal.url}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(auth ? { authorization: auth } : {}),
        ...(options.requestId ? { 'paypal-request-id': options.requestId } : {}),
        ...(options.representation ? { prefer: 'return=representation' } : {}),
      },
      ...(options.raw !== undefined
        ? { body: options.raw }
        : options.body !== undefined
          ? { body: JSON.stringify(options.body) }
          : {}),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, json: (text ? JSON.parse(text) : {}) as Body };
  }

  const unit = (amount = { currency_code: 'EUR', value: '25.00' }) => ({
    reference_id: 'booking-1',
    custom_id: 'payment-1:booking-1',
    invoice_id: `INV-${Math.random().toString(36).slice(2)}`,
    description: 'Two tickets',
    amount,
  });
  const experience = {
    return_url: 'https://shop.example/pay/paypal/return?step=2',
    cancel_url: 'https://shop.example/pay/paypal/cancel',
    user_action: 'PAY_NOW',
    shipping_preference: 'NO_SHIPPING',
  };

  async function createOrder(amount?: { currency_code: string; value: string }): Promise<Body> {
    const answer = await call('POST', '/v2/checkout/orders', {
      body: { intent: 'CAPTURE', purchase_units: [unit(amount)] },
      representation: true,
    });
    expect(answer.status).toBe(201);
    return answer.json;
  }

  async function confirmedOrder(amount?: { currency_code: string; value: string }): Promise<Body> {
    const order = await createOrder(amount);
    const confirmed = await call('POST', `/v2/checkout/orders/${order.id}/confirm-payment-source`, {
      body: { payment_source: { paypal: { experience_context: experience } } },
    });
    expect(confirmed.status).toBe(200);
    return confirmed.json;
  }

  async function capturedOrder(amount?: { currency_code: string; value: string }): Promise<Body> {
    const order = await confirmedOrder(amount);
    await paypal.approve(order.id);
    const captured = await call('POST', `/v2/checkout/orders/${order.id}/capture`, {
      body: {},
      requestId: `capture-${order.id}`,
    });
    expect(captured.status).toBe(201);
    return captured.json;
  }

  const issues = (answer: Answer) => answer.json.details.map((detail) => detail.issue);

  describe('OAuth 2.0 and bearer tokens', () => {
    it('issues a client-credentials token in PayPal’s shape, the same one while it is valid', async () => {
      const response = await fetch(`${paypal.url}/v1/oauth2/token`, {
        method: 'POST',
        headers: { authorization: basic(), 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials',
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as Body;
      expect(body).toEqual({
        scope: expect.stringContaining('https://uri.paypal.com/services/payments/payment'),
        access_token: expect.stringMatching(/^A21AA/),
        token_type: 'Bearer',
        app_id: expect.stringMatching(/^APP-/),
        expires_in: 32_400,
        nonce: expect.stringMatching(/^2025-03-01T10:00:00Z/),
      });
      expect(await token()).toBe(body.access_token);
    });

    it('refuses other credentials or grants as PayPal does', async () => {
      const wrong = await fetch(`${paypal.url}/v1/oauth2/token`, {
        method: 'POST',
        headers: { authorization: basic(paypal.clientId, 'nope') },
        body: 'grant_type=client_credentials',
      });
      expect(wrong.status).toBe(401);
      expect(await wrong.json()).toEqual({
        error: 'invalid_client',
        error_description: 'Client Authentication failed',
      });
      const grant = await fetch(`${paypal.url}/v1/oauth2/token`, {
        method: 'POST',
        headers: { authorization: basic() },
        body: 'grant_type=password',
      });
      expect(grant.status).toBe(400);
      expect(((await grant.json()) as Body).error).toBe('unsupported_grant_type');
    });

    it('wants a bearer token it issued, and not one past its 9 hours', async () => {
      const none = await call('GET', '/v2/checkout/orders/ABC', { auth: null });
      expect(none.status).toBe(401);
      expect(none.json.name).toBe('AUTHENTICATION_FAILURE');
      const forged = await call('GET', '/v2/checkout/orders/ABC', { auth: 'Bearer A21AAforged' });
      expect(forged.status).toBe(401);
      expect(forged.json).toEqual({ error: 'invalid_token', error_description: expect.any(String) });

      const old = await token();
      const saved = clock;
      clock = new Date(saved.getTime() + 9 * 3_600_000 + 1_000);
      try {
        expect((await call('GET', '/v2/checkout/orders/ABC', { auth: `Bearer ${old}` })).json.error).toBe(
          'invalid_token',
        );
        const fresh = await token();
        expect(fresh).not.toBe(old);
        expect((await call('GET', '/v2/checkout/orders/ABC', { auth: `Bearer ${fresh}` })).status).toBe(404);
      } finally {
        clock = saved;
      }
    });
  });

  describe('Orders v2', () => {
    it('creates an order: minimal by default, the whole order for return=representation, on the injected clock', async () => {
      const minimal = await call('POST', '/v2/checkout/orders', {
        body: { intent: 'CAPTURE', purchase_units: [unit()] },
      });
      expect(minimal.status).toBe(201);
      expect(Object.keys(minimal.json)).toEqual(['id', 'status', 'links']);
      expect(minimal.json.id).toMatch(/^[A-Z0-9]{17}$/);
      expect(minimal.json.status).toBe('CREATED');
      expect(minimal.json.links.map((link) => [link.rel, link.method])).toEqual([
        ['self', 'GET'],
        ['approve', 'GET'],
        ['update', 'PATCH'],
        ['capture', 'POST'],
      ]);
      expect(minimal.headers.get('paypal-debug-id')).toMatch(/^[0-9a-f]{13}$/);

      clock = new Date('2025-03-01T10:05:07.123Z');
      const full = await createOrder({ currency_code: 'JPY', value: '1200' });
      expect(full).toMatchObject({
        intent: 'CAPTURE',
        status: 'CREATED',
        create_time: '2025-03-01T10:05:07Z',
        purchase_units: [
          {
            reference_id: 'booking-1',
            custom_id: 'payment-1:booking-1',
            description: 'Two tickets',
            amount: { currency_code: 'JPY', value: '1200' },
            payee: { email_address: expect.any(String), merchant_id: expect.any(String) },
          },
        ],
      });
      const shown = await call('GET', `/v2/checkout/orders/${full.id}`);
      expect(shown.json).toEqual(full);
    });

    it('answers a repeated PayPal-Request-Id with the same order (200), a new one with a new order', async () => {
      const body = { intent: 'CAPTURE', purchase_units: [unit()] };
      const first = await call('POST', '/v2/checkout/orders', { body, requestId: 'attempt-1' });
      const again = await call('POST', '/v2/checkout/orders', { body, requestId: 'attempt-1' });
      const other = await call('POST', '/v2/checkout/orders', { body, requestId: 'attempt-2' });
      expect(first.status).toBe(201);
      expect(again.status).toBe(200);
      expect(again.json.id).toBe(first.json.id);
      expect(other.json.id).not.toBe(first.json.id);
    });

    const amountAt = "/purchase_units/@reference_id=='booking-1'/amount";
    const priced = (currency_code: string, value: string) => ({
      intent: 'CAPTURE',
      purchase_units: [unit({ currency_code, value })],
    });
    it.each([
      ['no intent', 400, 'MISSING_REQUIRED_PARAMETER', '/intent', { purchase_units: [unit()] }],
      ['no purchase unit', 400, 'MISSING_REQUIRED_PARAMETER', '/purchase_units', { intent: 'CAPTURE' }],
      ['currency XYZ', 422, 'INVALID_CURRENCY_CODE', `${amountAt}/currency_code`, priced('XYZ', '1.00')],
      ['value 10,00', 400, 'INVALID_PARAMETER_SYNTAX', `${amountAt}/value`, priced('EUR', '10,00')],
      ['JPY 100.50', 422, 'DECIMALS_NOT_SUPPORTED', `${amountAt}/value`, priced('JPY', '100.50')],
      ['EUR 10.005', 422, 'DECIMAL_PRECISION', `${amountAt}/value`, priced('EUR', '10.005')],
      ['EUR 0.00', 422, 'CANNOT_BE_ZERO_OR_NEGATIVE', `${amountAt}/value`, priced('EUR', '0.00')],
      ['EUR -5', 422, 'CANNOT_BE_ZERO_OR_NEGATIVE', `${amountAt}/value`, priced('EUR', '-5')],
    ])('refuses %s as PayPal does: %i %s', async (_label, status, issue, field, body) => {
      const answer = await call('POST', '/v2/checkout/orders', { body });
      expect(answer.status).toBe(status);
      expect(answer.json).toEqual({
        name: status === 400 ? 'INVALID_REQUEST' : 'UNPROCESSABLE_ENTITY',
        message: expect.any(String),
        debug_id: answer.headers.get('paypal-debug-id'),
        details: [expect.objectContaining({ field, location: 'body', issue, description: expect.any(String) })],
        links: [expect.objectContaining({ rel: 'information_link', href: expect.stringContaining(issue) })],
      });
    });

    it('refuses malformed JSON, and names an unknown order or path', async () => {
      const malformed = await call('POST', '/v2/checkout/orders', { raw: '{"intent":' });
      expect(malformed.status).toBe(400);
      expect(malformed.json).toMatchObject({ name: 'INVALID_REQUEST', details: [{ issue: 'MALFORMED_REQUEST_JSON' }] });
      const unknown = await call('GET', '/v2/checkout/orders/5O190127TN364715T');
      expect(unknown.status).toBe(404);
      expect(unknown.json).toMatchObject({ name: 'RESOURCE_NOT_FOUND', details: [{ issue: 'INVALID_RESOURCE_ID' }] });
      const nowhere = await call('GET', '/v2/nothing-here');
      expect(nowhere.status).toBe(404);
      expect(Object.keys(nowhere.json).sort()).toEqual(['debug_id', 'details', 'links', 'message', 'name']);
    });

    it('confirms the PayPal wallet as payment source: PAYER_ACTION_REQUIRED with a payer-action link', async () => {
      const order = await createOrder();
      const confirmed = await call('POST', `/v2/checkout/orders/${order.id}/confirm-payment-source`, {
        body: { payment_source: { paypal: { experience_context: { ...experience, brand_name: 'Stand-in Tickets' } } } },
      });
      expect(confirmed.status).toBe(200);
      expect(confirmed.json).toEqual({
        id: order.id,
        status: 'PAYER_ACTION_REQUIRED',
        payment_source: { paypal: {} },
        links: [
          { href: `${paypal.url}/v2/checkout/orders/${order.id}`, rel: 'self', method: 'GET' },
          { href: `${paypal.url}/checkoutnow?token=${order.id}`, rel: 'payer-action', method: 'GET' },
        ],
      });
      const missing = await call('POST', `/v2/checkout/orders/${order.id}/confirm-payment-source`, {
        body: { payment_source: { paypal: { experience_context: { cancel_url: experience.cancel_url } } } },
      });
      expect(missing.status).toBe(400);
      expect(missing.json.details).toEqual([
        expect.objectContaining({
          field: '/payment_source/paypal/experience_context/return_url',
          issue: 'MISSING_REQUIRED_PARAMETER',
        }),
      ]);
      const relative = await call('POST', `/v2/checkout/orders/${order.id}/confirm-payment-source`, {
        body: { payment_source: { paypal: { experience_context: { ...experience, return_url: '/pay/return' } } } },
      });
      expect(issues(relative)).toEqual(['INVALID_PARAMETER_SYNTAX']);
    });
  });

  describe('the approval page', () => {
    it('is plain HTML that says it is a stand-in, with the amount and three actions', async () => {
      const order = await confirmedOrder();
      const page = await fetch(order.links.find((link) => link.rel === 'payer-action')?.href ?? '');
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await page.text();
      expect(html).toMatch(/stand-in/i);
      expect(html).toContain('not PayPal');
      expect(html).toContain('25.00 EUR');
      expect(html).toContain('>Approve<');
      expect(html).toContain('Approve with a card that will be declined');
      expect(html).toContain('Cancel and return');
    });

    it('approves: 302 to return_url with token and PayerID, the order APPROVED, CHECKOUT.ORDER.APPROVED raised', async () => {
      const order = await confirmedOrder();
      const html = await (await fetch(`${paypal.url}/checkoutnow?token=${order.id}`)).text();
      const href = /id="approve" href="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
      const answer = await fetch(`${paypal.url}${href}`, { redirect: 'manual' });
      expect(answer.status).toBe(302);
      const back = new URL(answer.headers.get('location') ?? '');
      expect(`${back.origin}${back.pathname}`).toBe('https://shop.example/pay/paypal/return');
      expect(back.searchParams.get('step')).toBe('2');
      expect(back.searchParams.get('token')).toBe(order.id);
      expect(back.searchParams.get('PayerID')).toMatch(/^[A-Z0-9]{13}$/);

      const shown = (await call('GET', `/v2/checkout/orders/${order.id}`)).json;
      expect(shown.status).toBe('APPROVED');
      expect(shown.payer).toMatchObject({
        email_address: 'buyer@stand-in.example',
        payer_id: back.searchParams.get('PayerID'),
      });
      expect(shown.payment_source.paypal).toMatchObject({
        email_address: 'buyer@stand-in.example',
        account_status: 'VERIFIED',
      });
      expect(shown.links.map((link) => link.rel)).toEqual(['self', 'update', 'capture']);
      const event = paypal.events().at(-1);
      expect(event).toMatchObject({
        event_type: 'CHECKOUT.ORDER.APPROVED',
        resource_type: 'checkout-order',
        event_version: '1.0',
        resource_version: '2.0',
        resource: { id: order.id, status: 'APPROVED' },
      });
      expect(event?.id).toMatch(/^WH-[A-Z0-9-]+$/);
    });

    it('cancels: 302 to cancel_url with the token, the order as it was', async () => {
      const order = await confirmedOrder();
      const answer = await fetch(`${paypal.url}/checkoutnow/cancel?token=${order.id}`, { redirect: 'manual' });
      expect(answer.status).toBe(302);
      expect(answer.headers.get('location')).toBe(`https://shop.example/pay/paypal/cancel?token=${order.id}`);
      expect((await call('GET', `/v2/checkout/orders/${order.id}`)).json.status).toBe('PAYER_ACTION_REQUIRED');
    });
  });

  describe('capture', () => {
    it('refuses an order the buyer has not approved', async () => {
      const order = await confirmedOrder();
      const answer = await call('POST', `/v2/checkout/orders/${order.id}/capture`, { body: {} });
      expect(answer.status).toBe(422);
      expect(issues(answer)).toEqual(['ORDER_NOT_APPROVED']);
    });

    it('captures an approved order: COMPLETED, the capture with the stand-in’s fee, PAYMENT.CAPTURE.COMPLETED', async () => {
      clock = new Date('2025-03-01T11:00:00Z');
      const order = await confirmedOrder();
      await paypal.approve(order.id);
      const answer = await call('POST', `/v2/checkout/orders/${order.id}/capture`, {
        body: {},
        requestId: `capture-${order.id}`,
        representation: true,
      });
      expect(answer.status).toBe(201);
      expect(answer.json.status).toBe('COMPLETED');
      const unitShown = answer.json.purchase_units[0];
      const capture = unitShown.payments.captures[0];
      expect(capture).toEqual({
        id: expect.stringMatching(/^[A-Z0-9]{17}$/),
        status: 'COMPLETED',
        amount: { currency_code: 'EUR', value: '25.00' },
        final_capture: true,
        seller_protection: expect.objectContaining({ status: 'ELIGIBLE' }),
        // 3.49 % of 25.00 is 0.8725 → 0.87, plus 0.49
        seller_receivable_breakdown: {
          gross_amount: { currency_code: 'EUR', value: '25.00' },
          paypal_fee: { currency_code: 'EUR', value: '1.36' },
          net_amount: { currency_code: 'EUR', value: '23.64' },
        },
        custom_id: 'payment-1:booking-1',
        invoice_id: unitShown.invoice_id,
        create_time: '2025-03-01T11:00:00Z',
        update_time: '2025-03-01T11:00:00Z',
        links: [
          { href: `${paypal.url}/v2/payments/captures/${capture.id}`, rel: 'self', method: 'GET' },
          { href: `${paypal.url}/v2/payments/captures/${capture.id}/refund`, rel: 'refund', method: 'POST' },
          { href: `${paypal.url}/v2/checkout/orders/${order.id}`, rel: 'up', method: 'GET' },
        ],
      });
      const event = paypal.events().at(-1);
      expect(event).toMatchObject({
        event_type: 'PAYMENT.CAPTURE.COMPLETED',
        resource_type: 'capture',
        resource: {
          id: capture.id,
          custom_id: 'payment-1:booking-1',
          supplementary_data: { related_ids: { order_id: order.id } },
        },
      });
      const shown = await call('GET', `/v2/payments/captures/${capture.id}`);
      expect(shown.json).toEqual(event?.resource);
    });

    it('captures once: another request is ORDER_ALREADY_CAPTURED, the same PayPal-Request-Id the same capture (200)', async () => {
      const captured = await capturedOrder();
      const again = await call('POST', `/v2/checkout/orders/${captured.id}/capture`, {
        body: {},
        requestId: 'someone-else',
      });
      expect(again.status).toBe(422);
      expect(issues(again)).toEqual(['ORDER_ALREADY_CAPTURED']);
      const repeated = await call('POST', `/v2/checkout/orders/${captured.id}/capture`, {
        body: {},
        requestId: `capture-${captured.id}`,
      });
      expect(repeated.status).toBe(200);
      expect(repeated.json.purchase_units[0].payments.captures[0].id).toBe(
        captured.purchase_units[0].payments.captures[0].id,
      );
    });

    it('declines declining funding with INSTRUMENT_DECLINED and a redirect back; captures once approved again', async () => {
      const order = await confirmedOrder();
      await paypal.approve(order.id, { funding: 'declining' });
      const raised = paypal.events().length;
      const declined = await call('POST', `/v2/checkout/orders/${order.id}/capture`, {
        body: {},
        requestId: `capture-${order.id}`,
      });
      expect(declined.status).toBe(422);
      expect(declined.json).toMatchObject({
        name: 'UNPROCESSABLE_ENTITY',
        details: [{ issue: 'INSTRUMENT_DECLINED' }],
      });
      expect(declined.json.links).toContainEqual({
        href: `${paypal.url}/checkoutnow?token=${order.id}`,
        rel: 'redirect',
        method: 'GET',
      });
      expect(paypal.events()).toHaveLength(raised);
      expect((await call('GET', `/v2/checkout/orders/${order.id}`)).json.status).toBe('APPROVED');

      await paypal.approve(order.id, { funding: 'ok' });
      const captured = await call('POST', `/v2/checkout/orders/${order.id}/capture`, {
        body: {},
        requestId: `capture-${order.id}`,
      });
      expect(captured.status).toBe(201);
      expect(captured.json.status).toBe('COMPLETED');
    });
  });

  describe('refunds', () => {
    it('refunds part, then the rest; refuses more than is left, another currency, and a refunded capture', async () => {
      const captured = await capturedOrder();
      const captureId = captured.purchase_units[0]?.payments.captures[0]?.id;
      const path = `/v2/payments/captures/${captureId}/refund`;

      const part = await call('POST', path, {
        body: { amount: { currency_code: 'EUR', value: '10.00' }, custom_id: 'refund-1:booking-1' },
        requestId: 'refund-1',
      });
      expect(part.status).toBe(201);
      expect(Object.keys(part.json)).toEqual(['id', 'status', 'links']);
      expect(part.json.status).toBe('COMPLETED');
      const repeated = await call('POST', path, {
        body: { amount: { currency_code: 'EUR', value: '10.00' } },
        requestId: 'refund-1',
      });
      expect(repeated.status).toBe(200);
      expect(repeated.json.id).toBe(part.json.id);
      expect((await call('GET', `/v2/payments/captures/${captureId}`)).json.status).toBe('PARTIALLY_REFUNDED');
      expect(paypal.events().at(-1)).toMatchObject({
        event_type: 'PAYMENT.CAPTURE.REFUNDED',
        resource_type: 'refund',
        resource: { id: part.json.id, custom_id: 'refund-1:booking-1', amount: { value: '10.00' } },
      });

      const exceeded = await call('POST', path, { body: { amount: { currency_code: 'EUR', value: '15.01' } } });
      expect(exceeded.status).toBe(422);
      expect(issues(exceeded)).toEqual(['REFUND_AMOUNT_EXCEEDED']);
      const otherCurrency = await call('POST', path, { body: { amount: { currency_code: 'USD', value: '1.00' } } });
      expect(issues(otherCurrency)).toEqual(['REFUND_CAPTURE_CURRENCY_MISMATCH']);

      const rest = await call('POST', path, { body: { custom_id: 'refund-2:booking-1' }, representation: true });
      expect(rest.status).toBe(201);
      expect(rest.json).toMatchObject({
        status: 'COMPLETED',
        amount: { currency_code: 'EUR', value: '15.00' },
        custom_id: 'refund-2:booking-1',
        seller_payable_breakdown: { total_refunded_amount: { value: '25.00' } },
      });
      expect((await call('GET', `/v2/payments/refunds/${rest.json.id}`)).json).toEqual(rest.json);
      expect((await call('GET', `/v2/payments/captures/${captureId}`)).json.status).toBe('REFUNDED');
      expect(issues(await call('POST', path, {}))).toEqual(['CAPTURE_FULLY_REFUNDED']);
      expect((await call('POST', '/v2/payments/captures/0000000000000000X/refund', {})).status).toBe(404);
    });
  });

  describe('webhooks', () => {
    let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
    beforeAll(async () => {
      receiver = await webhookReceiver();
    });
    afterAll(() => receiver.close());
    afterEach(() => paypal.setWebhookUrl(undefined));

    const verification = (headers: IncomingHttpHeaders, event: unknown, webhookId = paypal.webhookId) => ({
      auth_algo: headers['paypal-auth-algo'],
      cert_url: headers['paypal-cert-url'],
      transmission_id: headers['paypal-transmission-id'],
      transmission_sig: headers['paypal-transmission-sig'],
      transmission_time: headers['paypal-transmission-time'],
      webhook_id: webhookId,
      webhook_event: event,
    });

    it('delivers every kept event, signed, and verify-webhook-signature holds for each as delivered', async () => {
      await capturedOrder();
      clock = new Date('2025-03-01T11:15:00Z');
      paypal.setWebhookUrl(receiver.url);
      const statuses = await paypal.deliverPending();
      expect(statuses.length).toBe(paypal.events().length);
      expect(statuses.every((status) => status === 200)).toBe(true);
      expect(await paypal.deliverPending()).toEqual([]);

      const delivery = receiver.received.at(-1);
      if (!delivery) throw new Error('nothing delivered');
      expect(delivery.headers).toMatchObject({
        'content-type': 'application/json',
        'paypal-auth-algo': 'SHA256withRSA',
        'paypal-cert-url': `${paypal.url}/v1/notifications/certs/CERT-STANDIN`,
        'paypal-transmission-id': expect.stringMatching(/^[0-9a-f-]{36}$/),
        'paypal-transmission-time': '2025-03-01T11:15:00Z',
      });
      const event = JSON.parse(delivery.body) as StandInWebhookEvent;
      expect(delivery.body).toBe(JSON.stringify(paypal.events().find((kept) => kept.id === event.id)));
      for (const { headers, body } of receiver.received) {
        const answer = await call('POST', '/v1/notifications/verify-webhook-signature', {
          body: verification(headers, JSON.parse(body)),
        });
        expect(answer.json).toEqual({ verification_status: 'SUCCESS' });
      }
    });

    it('says FAILURE for a changed event, another webhook id or another certificate', async () => {
      await confirmedOrder().then((order) => paypal.approve(order.id));
      paypal.setWebhookUrl(receiver.url);
      await paypal.deliverPending();
      const { headers, body } = receiver.received.at(-1) ?? { headers: {}, body: '{}' };
      const event = JSON.parse(body) as StandInWebhookEvent;
      const check = async (request: Record<string, unknown>) =>
        (await call('POST', '/v1/notifications/verify-webhook-signature', { body: request })).json.verification_status;
      expect(await check(verification(headers, event))).toBe('SUCCESS');
      expect(await check(verification(headers, { ...event, summary: 'A forged summary' }))).toBe('FAILURE');
      expect(await check(verification(headers, event, 'WH-SOMEONE-ELSE'))).toBe('FAILURE');
      expect(
        await check({
          ...verification(headers, event),
          cert_url: 'https://api.paypal.com/v1/notifications/certs/CERT-X',
        }),
      ).toBe('FAILURE');
      const incomplete = await call('POST', '/v1/notifications/verify-webhook-signature', {
        body: { webhook_id: paypal.webhookId },
      });
      expect(incomplete.status).toBe(400);
      expect(incomplete.json.name).toBe('VALIDATION_ERROR');
    });

    it('serves the key at paypal-cert-url, so a signature also checks offline; a redelivery is signed anew', async () => {
      await confirmedOrder().then((order) => paypal.approve(order.id));
      paypal.setWebhookUrl(receiver.url);
      await paypal.deliverPending();
      const first = receiver.received.at(-1);
      if (!first) throw new Error('nothing delivered');
      const eventId = (JSON.parse(first.body) as StandInWebhookEvent).id;
      clock = new Date('2025-03-01T11:30:00Z');
      expect(await paypal.redeliver(eventId)).toBe(200);
      const second = receiver.received.at(-1);
      if (!second) throw new Error('nothing redelivered');
      expect(second.body).toBe(first.body);
      expect(second.headers['paypal-transmission-id']).not.toBe(first.headers['paypal-transmission-id']);
      expect(second.headers['paypal-transmission-time']).toBe('2025-03-01T11:30:00Z');

      const pem = await (await fetch(String(second.headers['paypal-cert-url']))).text();
      const signed = `${second.headers['paypal-transmission-id']}|${second.headers['paypal-transmission-time']}|${paypal.webhookId}|${crc32(second.body)}`;
      const signature = Buffer.from(String(second.headers['paypal-transmission-sig']), 'base64');
      expect(verify('sha256', Buffer.from(signed), createPublicKey(pem), signature)).toBe(true);
      await expect(paypal.redeliver('WH-NOPE')).rejects.toThrow(/no event/);
    });
  });

  describe('automatic delivery', () => {
    it('posts each event after the call answered, survives a target that is down, and deliverPending() retries', async () => {
      const receiver = await webhookReceiver();
      const down = await webhookReceiver();
      await down.close();
      const auto = await startPayPalStandIn({ webhookUrl: down.url, webhookDelivery: 'auto', now: () => clock });
      try {
        const bearer = async () => {
          const answer = await fetch(`${auto.url}/v1/oauth2/token`, {
            method: 'POST',
            headers: {
              authorization: `Basic ${Buffer.from(`${auto.clientId}:${auto.clientSecret}`).toString('base64')}`,
            },
            body: 'grant_type=client_credentials',
          });
          return `Bearer ${((await answer.json()) as Body).access_token}`;
        };
        const created = await fetch(`${auto.url}/v2/checkout/orders`, {
          method: 'POST',
          headers: { authorization: await bearer(), 'content-type': 'application/json' },
          body: JSON.stringify({ intent: 'CAPTURE', purchase_units: [unit()] }),
        });
        const { id } = (await created.json()) as Body;
        await auto.approve(id);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(auto.events()).toHaveLength(1);

        auto.setWebhookUrl(receiver.url);
        expect(await auto.deliverPending()).toEqual([200]);
        await auto.approve(id);
        await until(() => receiver.received.length === 2);
        expect(await auto.deliverPending()).toEqual([]);
      } finally {
        await auto.close();
        await receiver.close();
      }
    });
  });

  describe('Transaction Search', () => {
    it('lists captures (T0006) and refunds (T1107, negative) initiated in the range, paged', async () => {
      const search = await startPayPalStandIn({ now: () => clock, webhookDelivery: 'manual' });
      const saved = paypal;
      paypal = search;
      try {
        clock = new Date('2025-04-10T09:00:00Z');
        const captured = await capturedOrder();
        const capture = captured.purchase_units[0]?.payments.captures[0];
        if (!capture) throw new Error('no capture');
        clock = new Date('2025-04-12T09:00:00Z');
        const refund = await call('POST', `/v2/payments/captures/${capture.id}/refund`, {
          body: { amount: { currency_code: 'EUR', value: '5.00' }, custom_id: 'refund-9:booking-1' },
        });
        const query = (params: Record<string, string>) =>
          `/v1/reporting/transactions?${new URLSearchParams(params).toString()}`;

        const all = await call(
          'GET',
          query({ start_date: '2025-04-01T00:00:00Z', end_date: '2025-05-02T00:00:00Z', fields: 'all' }),
        );
        expect(all.status).toBe(200);
        expect(all.json).toMatchObject({ page: 1, total_items: 2, total_pages: 1 });
        expect(all.json.transaction_details.map((row) => row.transaction_info)).toEqual([
          expect.objectContaining({
            transaction_id: capture.id,
            transaction_event_code: 'T0006',
            transaction_initiation_date: '2025-04-10T09:00:00Z',
            transaction_amount: { currency_code: 'EUR', value: '25.00' },
            fee_amount: { currency_code: 'EUR', value: '-1.36' },
            transaction_status: 'S',
            custom_field: 'payment-1:booking-1',
            invoice_id: capture.invoice_id,
          }),
          expect.objectContaining({
            transaction_id: refund.json.id,
            paypal_reference_id: capture.id,
            transaction_event_code: 'T1107',
            transaction_initiation_date: '2025-04-12T09:00:00Z',
            transaction_amount: { currency_code: 'EUR', value: '-5.00' },
            transaction_status: 'S',
            custom_field: 'refund-9:booking-1',
          }),
        ]);
        expect(all.json.transaction_details[0].payer_info).toMatchObject({ email_address: 'buyer@stand-in.example' });

        const second = await call(
          'GET',
          query({ start_date: '2025-04-01T00:00:00Z', end_date: '2025-04-30T00:00:00Z', page_size: '1', page: '2' }),
        );
        expect(second.json).toMatchObject({ page: 2, total_items: 2, total_pages: 2 });
        expect(second.json.transaction_details.map((row) => row.transaction_info.transaction_id)).toEqual([
          refund.json.id,
        ]);
        const before = await call(
          'GET',
          query({ start_date: '2025-04-11T00:00:00Z', end_date: '2025-04-11T23:59:59Z' }),
        );
        expect(before.json.transaction_details).toEqual([]);

        const tooLong = await call(
          'GET',
          query({ start_date: '2025-04-01T00:00:00Z', end_date: '2025-05-02T00:00:01Z' }),
        );
        expect(tooLong.status).toBe(400);
        expect(tooLong.json).toMatchObject({
          name: 'INVALID_REQUEST',
          details: [{ field: 'end_date', issue: 'Date range is greater than 31 days' }],
        });
        expect((await call('GET', query({ end_date: '2025-04-02T00:00:00Z' }))).status).toBe(400);
      } finally {
        paypal = saved;
        await search.close();
      }
    });
  });

  it('keeps every request it received, headers lower-cased, for contract assertions', async () => {
    await createOrder();
    const received = paypal.requests();
    const created = received
      .filter((request) => request.method === 'POST' && request.path === '/v2/checkout/orders')
      .at(-1);
    expect(created?.headers).toMatchObject({
      prefer: 'return=representation',
      'content-type': 'application/json',
      authorization: expect.stringMatching(/^Bearer A21AA/),
    });
    expect(JSON.parse(created?.body ?? '{}')).toMatchObject({
      intent: 'CAPTURE',
      purchase_units: [{ reference_id: 'booking-1' }],
    });
    const tokenRequest = received.find((request) => request.path === '/v1/oauth2/token');
    expect(tokenRequest).toMatchObject({ method: 'POST', body: 'grant_type=client_credentials' });
    expect(Object.keys(tokenRequest?.headers ?? {}).every((name) => name === name.toLowerCase())).toBe(true);
    expect(received.some((request) => request.path.startsWith('/v1/reporting/transactions?'))).toBe(false);
  });
});
