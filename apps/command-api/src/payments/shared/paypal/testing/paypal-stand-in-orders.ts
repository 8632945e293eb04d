import {
  type ErrorApi,
  Issues,
  type JsonObject,
  type Link,
  type Money,
  isObject,
  moneyJson,
  paypalId,
  refused,
  stamp,
  unknownResource,
} from './paypal-stand-in-support';

/**
 * The PayPal stand-in's ledger: orders (Orders v2, intent CAPTURE, one purchase unit), their
 * captures and refunds (Payments v2), the idempotency of PayPal-Request-Id, and how each is
 * rendered in PayPal's JSON. No HTTP here: the server in paypal-stand-in.ts calls it.
 */

export type Funding = 'ok' | 'declining';
type OrderStatus = 'CREATED' | 'PAYER_ACTION_REQUIRED' | 'APPROVED' | 'COMPLETED';

type PurchaseUnit = Readonly<{
  reference_id: string;
  amount: Money;
  description?: string;
  custom_id?: string;
  invoice_id?: string;
  soft_descriptor?: string;
}>;

export type Order = {
  readonly id: string;
  readonly unit: PurchaseUnit;
  readonly createdAt: Date;
  status: OrderStatus;
  /** return_url, cancel_url, brand_name, user_action… as the merchant gave them. */
  experience: Record<string, string>;
  /** payment_source.paypal was given (confirm-payment-source, or at create). */
  walletChosen: boolean;
  /** How the buyer paid on the approval page; 'declining' fails the capture. */
  funding?: Funding;
  updatedAt?: Date;
  captureId?: string;
};

type Capture = {
  readonly id: string;
  readonly orderId: string;
  readonly amount: Money;
  readonly fee: bigint;
  readonly createdAt: Date;
  readonly refundIds: string[];
  updatedAt: Date;
  refunded: bigint;
};

type Refund = Readonly<{
  id: string;
  captureId: string;
  amount: Money;
  /** What was refunded of the capture once this refund was made. */
  totalRefunded: bigint;
  createdAt: Date;
  custom_id?: string;
  invoice_id?: string;
  note_to_payer?: string;
}>;

/** One row of Transaction Search, before paging. */
export type TransactionRow = Readonly<{ at: Date; info: JsonObject; payer?: JsonObject }>;

export type LedgerContext = Readonly<{
  /** The stand-in's base URL, known once it listens. */
  url: () => string;
  now: () => Date;
  /** A webhook event happened (the stand-in keeps it, and delivers it). */
  raise: (eventType: string, resourceType: string, summary: string, resource: JsonObject) => void;
}>;

/** An answer to an idempotent POST: 201 when it did the work, 200 when it repeated an earlier answer. */
export type Outcome<T> = Readonly<{ status: 200 | 201; value: T }>;

/** "The server stores keys for 6 hours" (PayPal-Request-Id in PayPal's spec). */
const IDEMPOTENCY_MS = 6 * 3_600_000;

const SHIPPING_PREFERENCES = ['GET_FROM_FILE', 'NO_SHIPPING', 'SET_PROVIDED_ADDRESS'];
const CHOICES: Readonly<Record<string, readonly string[]>> = {
  shipping_preference: SHIPPING_PREFERENCES,
  landing_page: ['LOGIN', 'GUEST_CHECKOUT', 'NO_PREFERENCE'],
  user_action: ['CONTINUE', 'PAY_NOW'],
  payment_method_preference: ['UNRESTRICTED', 'IMMEDIATE_PAYMENT_REQUIRED'],
};

const ORDERS: ErrorApi = 'orders/v2';
const PAYMENTS: ErrorApi = 'payments/v2';

export class PayPalLedger {
  private readonly orders = new Map<string, Order>();
  private readonly captures = new Map<string, Capture>();
  private readonly refunds = new Map<string, Refund>();
  private readonly idempotency = new Map<string, { id: string; expiresAt: number }>();

  /** The one buyer who approves every order, and the merchant (payee) every order pays. */
  readonly buyer = {
    payer_id: paypalId(13),
    email_address: 'buyer@stand-in.example',
    name: { given_name: 'Stand-in', surname: 'Buyer' },
  };
  readonly merchant = { email_address: 'merchant@stand-in.example', merchant_id: paypalId(13) };

  constructor(private readonly context: LedgerContext) {}

  // -------------------------------------------------------------------------------------------
  // Orders

  /** POST /v2/checkout/orders: validated as PayPal does, kept under its PayPal-Request-Id. */
  createOrder(body: JsonObject, requestId: string | undefined): Outcome<Order> {
    const earlier = this.repeated('create', requestId, this.orders);
    if (earlier) return { status: 200, value: earlier };
    const issues = new Issues();
    if (body['intent'] === undefined) issues.missing('/intent');
    else if (body['intent'] === 'AUTHORIZE') issues.unsupported('/intent', 'The stand-in takes intent CAPTURE only.');
    else if (body['intent'] !== 'CAPTURE') issues.invalidValue('/intent', body['intent']);
    const unit = this.purchaseUnit(body['purchase_units'], issues);
    const wallet = this.paymentSource(body['payment_source'], issues, '/payment_source');
    const context = isObject(body['application_context'])
      ? this.experience(body['application_context'], '/application_context', issues, false)
      : {};
    issues.raise(ORDERS);
    if (!unit) throw new Error('unreachable: a purchase unit without issues');
    const order: Order = {
      id: paypalId(),
      unit,
      createdAt: this.context.now(),
      status: wallet ? 'PAYER_ACTION_REQUIRED' : 'CREATED',
      experience: { ...context, ...wallet },
      walletChosen: Boolean(wallet),
    };
    this.orders.set(order.id, order);
    this.remember('create', requestId, order.id);
    return { status: 201, value: order };
  }

  order(id: string): Order {
    const order = this.orders.get(id);
    if (!order) throw unknownResource(ORDERS, id);
    return order;
  }

  /**
   * POST /v2/checkout/orders/{id}/confirm-payment-source with payment_source.paypal: the order waits
   * for the buyer (PAYER_ACTION_REQUIRED, a payer-action link). The stand-in needs return_url and
   * cancel_url (absolute http(s)) to send the buyer back; PayPal's spec has them optional.
   */
  confirm(id: string, body: JsonObject): Order {
    const order = this.order(id);
    const issues = new Issues();
    if (body['payment_source'] === undefined) issues.missing('/payment_source');
    const wallet = this.paymentSource(body['payment_source'], issues, '/payment_source');
    issues.raise(ORDERS);
    if (order.status === 'COMPLETED') {
      throw refused(
        ORDERS,
        'ORDER_ALREADY_CAPTURED',
        "Order already captured. If 'intent=CAPTURE' only one capture per order is allowed.",
      );
    }
    if (order.status === 'APPROVED') {
      throw refused(
        ORDERS,
        'PAYMENT_ALREADY_APPROVED',
        'The payment has already been approved.  Please capture the order, or create and confirm a new order with this payment source.',
      );
    }
    order.status = 'PAYER_ACTION_REQUIRED';
    order.experience = { ...order.experience, ...wallet };
    order.walletChosen = true;
    order.updatedAt = this.context.now();
    return order;
  }

  /**
   * The buyer approves on the approval page: APPROVED with the buyer as payer, and
   * CHECKOUT.ORDER.APPROVED. An approved order may be approved again (PayPal sends the buyer back
   * after INSTRUMENT_DECLINED to pick other funding); a captured one may not.
   */
  approve(id: string, funding: Funding): Order {
    const order = this.order(id);
    if (order.status === 'COMPLETED') {
      throw refused(
        ORDERS,
        'ORDER_ALREADY_CAPTURED',
        "Order already captured. If 'intent=CAPTURE' only one capture per order is allowed.",
      );
    }
    order.status = 'APPROVED';
    order.funding = funding;
    order.updatedAt = this.context.now();
    this.context.raise(
      'CHECKOUT.ORDER.APPROVED',
      'checkout-order',
      'An order has been approved by buyer',
      this.renderOrder(order, true),
    );
    return order;
  }

  /**
   * POST /v2/checkout/orders/{id}/capture. Refused as PayPal refuses it: not approved, captured
   * already, or the buyer's funding declined. On INSTRUMENT_DECLINED PayPal creates no capture
   * (so sends no PAYMENT.CAPTURE.DENIED: that event is for a capture that exists and was denied)
   * and answers a `redirect` link back to the approval page; the order stays APPROVED and the buyer
   * approves again with other funding. A declined attempt is not kept under its PayPal-Request-Id,
   * so the same id captures once the buyer has approved again.
   */
  capture(id: string, body: JsonObject, requestId: string | undefined): Outcome<Order> {
    const key = `capture ${id}`;
    const earlier = this.repeated(key, requestId, this.orders);
    if (earlier) return { status: 200, value: earlier };
    const order = this.order(id);
    if (body['payment_source'] !== undefined) {
      const issues = new Issues();
      issues.unsupported('/payment_source', 'The stand-in captures what the buyer approved, without a payment_source.');
      issues.raise(ORDERS);
    }
    if (order.status === 'COMPLETED') {
      throw refused(
        ORDERS,
        'ORDER_ALREADY_CAPTURED',
        "Order already captured.If 'intent=CAPTURE' only one capture per order is allowed.",
      );
    }
    if (order.status !== 'APPROVED') {
      throw refused(
        ORDERS,
        'ORDER_NOT_APPROVED',
        "Payer has not yet approved the Order for payment. Please redirect the payer to the 'rel':'approve' url returned as part of the HATEOAS links within the Create Order call or provide a valid `payment_source` in the request.",
      );
    }
    if (order.funding === 'declining') {
      throw refused(
        ORDERS,
        'INSTRUMENT_DECLINED',
        "The instrument presented  was either declined by the processor or bank, or it can't be used for this payment.",
        [{ href: this.approvalUrl(order.id), rel: 'redirect', method: 'GET' }],
      );
    }
    const now = this.context.now();
    const capture: Capture = {
      id: paypalId(),
      orderId: order.id,
      amount: order.unit.amount,
      fee: standInFee(order.unit.amount),
      createdAt: now,
      updatedAt: now,
      refunded: 0n,
      refundIds: [],
    };
    this.captures.set(capture.id, capture);
    order.status = 'COMPLETED';
    order.captureId = capture.id;
    order.updatedAt = now;
    this.remember(key, requestId, order.id);
    const { value, currency_code } = moneyJson(capture.amount);
    this.context.raise(
      'PAYMENT.CAPTURE.COMPLETED',
      'capture',
      `Payment completed for ${value} ${currency_code}`,
      this.renderCapture(capture, true),
    );
    return { status: 201, value: order };
  }

  // -------------------------------------------------------------------------------------------
  // Captures and refunds

  captureOf(id: string): Capture {
    const capture = this.captures.get(id);
    if (!capture) throw unknownResource(PAYMENTS, id);
    return capture;
  }

  refundOf(id: string): Refund {
    const refund = this.refunds.get(id);
    if (!refund) throw unknownResource(PAYMENTS, id);
    return refund;
  }

  /**
   * POST /v2/payments/captures/{id}/refund: the amount given, or what is left of the capture.
   * PayPal's issues: CAPTURE_FULLY_REFUNDED when nothing is left, REFUND_CAPTURE_CURRENCY_MISMATCH,
   * REFUND_AMOUNT_EXCEEDED past what is left. custom_id and invoice_id are the refund's own (the
   * ones in the request), not copied from the capture.
   */
  refund(captureId: string, body: JsonObject, requestId: string | undefined): Outcome<Refund> {
    const key = `refund ${captureId}`;
    const earlier = this.repeated(key, requestId, this.refunds);
    if (earlier) return { status: 200, value: earlier };
    const capture = this.captureOf(captureId);
    const issues = new Issues();
    const asked = body['amount'] === undefined ? undefined : issues.money(body['amount'], '/amount');
    const custom_id = issues.text(body, 'custom_id', '/custom_id', 127);
    const invoice_id = issues.text(body, 'invoice_id', '/invoice_id', 127);
    const note_to_payer = issues.text(body, 'note_to_payer', '/note_to_payer', 255);
    issues.raise(PAYMENTS);
    const left = capture.amount.minor - capture.refunded;
    if (left <= 0n) throw refused(PAYMENTS, 'CAPTURE_FULLY_REFUNDED', 'The capture has already been fully refunded');
    if (asked && asked.currency !== capture.amount.currency) {
      throw refused(PAYMENTS, 'REFUND_CAPTURE_CURRENCY_MISMATCH', 'Refund must be in the same currency as the capture');
    }
    if (asked && asked.minor > left) {
      throw refused(
        PAYMENTS,
        'REFUND_AMOUNT_EXCEEDED',
        'The refund amount must be less than or equal to the capture amount that has not yet been refunded.',
      );
    }
    const amount = asked ?? { currency: capture.amount.currency, minor: left };
    const now = this.context.now();
    capture.refunded += amount.minor;
    capture.updatedAt = now;
    const refund: Refund = {
      id: paypalId(),
      captureId,
      amount,
      totalRefunded: capture.refunded,
      createdAt: now,
      ...(custom_id === undefined ? {} : { custom_id }),
      ...(invoice_id === undefined ? {} : { invoice_id }),
      ...(note_to_payer === undefined ? {} : { note_to_payer }),
    };
    this.refunds.set(refund.id, refund);
    capture.refundIds.push(refund.id);
    this.remember(key, requestId, refund.id);
    const { value, currency_code } = moneyJson(amount);
    this.context.raise(
      'PAYMENT.CAPTURE.REFUNDED',
      'refund',
      `A ${value} ${currency_code} capture payment was refunded`,
      this.renderRefund(refund),
    );
    return { status: 201, value: refund };
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  /** An order as PayPal shows it: `full` is Prefer: return=representation, else {id, status, links}. */
  renderOrder(order: Order, full: boolean): JsonObject {
    const source = this.paymentSourceOf(order);
    if (!full)
      return {
        id: order.id,
        status: order.status,
        ...(source ? { payment_source: source } : {}),
        links: this.orderLinks(order),
      };
    const { unit } = order;
    return {
      id: order.id,
      intent: 'CAPTURE',
      status: order.status,
      ...(source ? { payment_source: source } : {}),
      purchase_units: [
        {
          reference_id: unit.reference_id,
          amount: moneyJson(unit.amount),
          payee: this.merchant,
          ...optional(unit, ['description', 'custom_id', 'invoice_id', 'soft_descriptor']),
          ...(order.captureId ? { payments: this.paymentsOf(order.captureId) } : {}),
        },
      ],
      ...(order.funding ? { payer: this.payer() } : {}),
      create_time: stamp(order.createdAt),
      ...(order.updatedAt ? { update_time: stamp(order.updatedAt) } : {}),
      links: this.orderLinks(order),
    };
  }

  /** A capture's answer when minimal: PayPal still shows the purchase unit's captures. */
  renderCaptured(order: Order, full: boolean): JsonObject {
    if (full || !order.captureId) return this.renderOrder(order, full);
    return {
      id: order.id,
      status: order.status,
      payment_source: this.paymentSourceOf(order),
      purchase_units: [{ reference_id: order.unit.reference_id, payments: this.paymentsOf(order.captureId) }],
      payer: this.payer(),
      links: this.orderLinks(order),
    };
  }

  /** A capture; `standalone` adds what GET /v2/payments/captures/{id} and its webhook carry. */
  renderCapture(capture: Capture, standalone: boolean): JsonObject {
    const { unit } = this.order(capture.orderId);
    const currency = capture.amount.currency;
    const left = capture.amount.minor - capture.refunded;
    return {
      id: capture.id,
      status: capture.refunded === 0n ? 'COMPLETED' : left > 0n ? 'PARTIALLY_REFUNDED' : 'REFUNDED',
      amount: moneyJson(capture.amount),
      final_capture: true,
      seller_protection: { status: 'ELIGIBLE', dispute_categories: ['ITEM_NOT_RECEIVED', 'UNAUTHORIZED_TRANSACTION'] },
      seller_receivable_breakdown: {
        gross_amount: moneyJson(capture.amount),
        paypal_fee: moneyJson({ currency, minor: capture.fee }),
        net_amount: moneyJson({ currency, minor: capture.amount.minor - capture.fee }),
      },
      ...optional(unit, ['custom_id', 'invoice_id']),
      ...(standalone
        ? { supplementary_data: { related_ids: { order_id: capture.orderId } }, payee: this.merchant }
        : {}),
      create_time: stamp(capture.createdAt),
      update_time: stamp(capture.updatedAt),
      links: [
        this.link(`/v2/payments/captures/${capture.id}`, 'self', 'GET'),
        this.link(`/v2/payments/captures/${capture.id}/refund`, 'refund', 'POST'),
        this.link(`/v2/checkout/orders/${capture.orderId}`, 'up', 'GET'),
      ],
    };
  }

  /**
   * A refund as PayPal shows it. PayPal keeps its fee on a refund, so the stand-in refunds none:
   * paypal_fee 0, net = gross.
   */
  renderRefund(refund: Refund): JsonObject {
    const currency = refund.amount.currency;
    return {
      id: refund.id,
      status: 'COMPLETED',
      amount: moneyJson(refund.amount),
      ...optional(refund, ['custom_id', 'invoice_id', 'note_to_payer']),
      seller_payable_breakdown: {
        gross_amount: moneyJson(refund.amount),
        paypal_fee: moneyJson({ currency, minor: 0n }),
        net_amount: moneyJson(refund.amount),
        total_refunded_amount: moneyJson({ currency, minor: refund.totalRefunded }),
      },
      payer: this.merchant,
      create_time: stamp(refund.createdAt),
      update_time: stamp(refund.createdAt),
      links: this.refundLinks(refund),
    };
  }

  /** A refund's answer when minimal: {id, status, links}. */
  renderRefundMinimal(refund: Refund): JsonObject {
    return { id: refund.id, status: 'COMPLETED', links: this.refundLinks(refund) };
  }

  /** Where the buyer approves the order (PayPal: https://www.paypal.com/checkoutnow?token=…). */
  approvalUrl(orderId: string): string {
    return `${this.context.url()}/checkoutnow?token=${encodeURIComponent(orderId)}`;
  }

  // -------------------------------------------------------------------------------------------
  // Transaction Search

  /**
   * Captures (T0006, "Express Checkout payment"; the fee negative, as PayPal books it; status V
   * once refunded in full, "fully reversed and funds were refunded") and refunds (T1107 "Payment
   * refund", negative, paypal_reference_id = the capture).
   */
  transactions(): TransactionRow[] {
    const rows: TransactionRow[] = [];
    for (const capture of this.captures.values()) {
      const { unit } = this.order(capture.orderId);
      rows.push({
        at: capture.createdAt,
        info: {
          paypal_account_id: this.buyer.payer_id,
          transaction_id: capture.id,
          transaction_event_code: 'T0006',
          transaction_initiation_date: stamp(capture.createdAt),
          transaction_updated_date: stamp(capture.updatedAt),
          transaction_amount: moneyJson(capture.amount),
          fee_amount: moneyJson({ currency: capture.amount.currency, minor: -capture.fee }),
          transaction_status: capture.refunded >= capture.amount.minor ? 'V' : 'S',
          ...(unit.description ? { transaction_subject: unit.description } : {}),
          ...(unit.invoice_id ? { invoice_id: unit.invoice_id } : {}),
          ...(unit.custom_id ? { custom_field: unit.custom_id } : {}),
          protection_eligibility: '01',
        },
        payer: {
          account_id: this.buyer.payer_id,
          email_address: this.buyer.email_address,
          address_status: 'Y',
          payer_status: 'Y',
          payer_name: { given_name: this.buyer.name.given_name, surname: this.buyer.name.surname },
          country_code: 'US',
        },
      });
    }
    for (const refund of this.refunds.values()) {
      rows.push({
        at: refund.createdAt,
        info: {
          transaction_id: refund.id,
          paypal_reference_id: refund.captureId,
          paypal_reference_id_type: 'TXN',
          transaction_event_code: 'T1107',
          transaction_initiation_date: stamp(refund.createdAt),
          transaction_updated_date: stamp(refund.createdAt),
          transaction_amount: moneyJson({ currency: refund.amount.currency, minor: -refund.amount.minor }),
          transaction_status: 'S',
          ...(refund.invoice_id ? { invoice_id: refund.invoice_id } : {}),
          ...(refund.custom_id ? { custom_field: refund.custom_id } : {}),
        },
      });
    }
    return rows.sort((a, b) => a.at.getTime() - b.at.getTime());
  }

  // -------------------------------------------------------------------------------------------

  /** The resource an earlier request with this PayPal-Request-Id made, while PayPal keeps the key. */
  private repeated<T>(scope: string, requestId: string | undefined, store: Map<string, T>): T | undefined {
    if (!requestId) return undefined;
    const kept = this.idempotency.get(`${scope} ${requestId}`);
    if (!kept || kept.expiresAt <= this.context.now().getTime()) return undefined;
    return store.get(kept.id);
  }

  private remember(scope: string, requestId: string | undefined, id: string) {
    if (requestId)
      this.idempotency.set(`${scope} ${requestId}`, { id, expiresAt: this.context.now().getTime() + IDEMPOTENCY_MS });
  }

  /** purchase_units: exactly one here (PayPal takes up to ten), with its amount and ids. */
  private purchaseUnit(input: unknown, issues: Issues): PurchaseUnit | undefined {
    if (input === undefined) issues.missing('/purchase_units');
    else if (!Array.isArray(input)) issues.syntax('/purchase_units', input);
    else if (input.length === 0) {
      issues.schema.push({
        field: '/purchase_units',
        location: 'body',
        issue: 'INVALID_ARRAY_MIN_ITEMS',
        description: 'The number of items in an array parameter is too small.',
      });
    } else if (input.length > 1) issues.unsupported('/purchase_units', 'The stand-in takes one purchase unit.');
    else if (!isObject(input[0])) issues.syntax('/purchase_units/0', input[0]);
    else return this.unitOf(input[0], issues);
    return undefined;
  }

  private unitOf(unit: JsonObject, issues: Issues): PurchaseUnit | undefined {
    const reference = issues.text(unit, 'reference_id', '/purchase_units/0/reference_id', 256) ?? 'default';
    const at = `/purchase_units/@reference_id=='${reference}'`;
    const amount = issues.money(unit['amount'], `${at}/amount`);
    const texts = {
      description: issues.text(unit, 'description', `${at}/description`, 127),
      custom_id: issues.text(unit, 'custom_id', `${at}/custom_id`, 127),
      invoice_id: issues.text(unit, 'invoice_id', `${at}/invoice_id`, 127),
      soft_descriptor: issues.text(unit, 'soft_descriptor', `${at}/soft_descriptor`, 22),
    };
    return amount ? { reference_id: reference, amount, ...definedOnly(texts) } : undefined;
  }

  /** payment_source: the PayPal wallet only; its experience_context (with the URLs) kept. */
  private paymentSource(input: unknown, issues: Issues, field: string): Record<string, string> | undefined {
    if (input === undefined) return undefined;
    const kinds = isObject(input) ? Object.keys(input) : [];
    const paypal = isObject(input) ? input['paypal'] : undefined;
    const context = isObject(paypal) ? paypal['experience_context'] : undefined;
    if (!isObject(input)) issues.syntax(field, input);
    else if (kinds.length === 0) {
      issues.rule(
        field,
        'NO_PAYMENT_SOURCE_PROVIDED',
        'At least one payment method is required within the payment source.',
      );
    } else if (kinds.length > 1) {
      issues.rule(
        field,
        'ONLY_ONE_PAYMENT_SOURCE_ALLOWED',
        'More than one payment method within the payment source is not supported.',
      );
    } else if (paypal === undefined)
      issues.unsupported(`${field}/${kinds[0]}`, 'The stand-in takes payment_source.paypal only.');
    else if (!isObject(paypal)) issues.syntax(`${field}/paypal`, paypal);
    else if (context !== undefined && !isObject(context)) issues.syntax(`${field}/paypal/experience_context`, context);
    else return this.experience(context ?? {}, `${field}/paypal/experience_context`, issues, true);
    return undefined;
  }

  /** An experience_context (or application_context): the URLs absolute http(s), the choices PayPal's. */
  private experience(input: JsonObject, field: string, issues: Issues, urlsRequired: boolean): Record<string, string> {
    const kept: Record<string, string> = {};
    for (const key of ['return_url', 'cancel_url']) {
      const value = input[key];
      if (value === undefined && urlsRequired) issues.missing(`${field}/${key}`);
      else if (value !== undefined && (typeof value !== 'string' || !isWebUrl(value)))
        issues.syntax(`${field}/${key}`, value);
      else if (typeof value === 'string') kept[key] = value;
    }
    const brand = issues.text(input, 'brand_name', `${field}/brand_name`, 127);
    if (brand) kept['brand_name'] = brand;
    for (const [key, allowed] of Object.entries(CHOICES)) {
      const value = input[key];
      if (value === undefined) continue;
      if (typeof value === 'string' && allowed.includes(value)) kept[key] = value;
      else issues.invalidValue(`${field}/${key}`, value);
    }
    return kept;
  }

  private paymentSourceOf(order: Order): JsonObject | undefined {
    if (order.funding) {
      return {
        paypal: {
          email_address: this.buyer.email_address,
          account_id: this.buyer.payer_id,
          account_status: 'VERIFIED',
          name: this.buyer.name,
          address: { country_code: 'US' },
        },
      };
    }
    return order.walletChosen ? { paypal: {} } : undefined;
  }

  private payer(): JsonObject {
    return { ...this.buyer, address: { country_code: 'US' } };
  }

  private paymentsOf(captureId: string): JsonObject {
    const capture = this.captureOf(captureId);
    const refunds = capture.refundIds.map((id) => this.renderRefund(this.refundOf(id)));
    return { captures: [this.renderCapture(capture, false)], ...(refunds.length ? { refunds } : {}) };
  }

  /** PayPal's HATEOAS links for each state: what may be done with the order next. */
  private orderLinks(order: Order): Link[] {
    const path = `/v2/checkout/orders/${order.id}`;
    const self = this.link(path, 'self', 'GET');
    switch (order.status) {
      case 'CREATED':
        return [
          self,
          { href: this.approvalUrl(order.id), rel: 'approve', method: 'GET' },
          this.link(path, 'update', 'PATCH'),
          this.link(`${path}/capture`, 'capture', 'POST'),
        ];
      case 'PAYER_ACTION_REQUIRED':
        return [self, { href: this.approvalUrl(order.id), rel: 'payer-action', method: 'GET' }];
      case 'APPROVED':
        return [self, this.link(path, 'update', 'PATCH'), this.link(`${path}/capture`, 'capture', 'POST')];
      case 'COMPLETED':
        return [self];
    }
  }

  private refundLinks(refund: Refund): Link[] {
    return [
      this.link(`/v2/payments/refunds/${refund.id}`, 'self', 'GET'),
      this.link(`/v2/payments/captures/${refund.captureId}`, 'up', 'GET'),
    ];
  }

  private link(path: string, rel: string, method: Link['method']): Link {
    return { href: `${this.context.url()}${path}`, rel, method };
  }
}

/**
 * The stand-in's fee (its own rule, not PayPal's price list): 3.49 % of the gross, rounded half up
 * to the minor unit, plus 0.49 (49 in HUF, JPY and TWD), never more than the gross.
 */
export function standInFee(gross: Money): bigint {
  const fixed = 49n; // 0.49 is 49 minor units; HUF, JPY and TWD have no minor unit, so it is 49 there
  const fee = (gross.minor * 349n + 5_000n) / 10_000n + fixed;
  return fee > gross.minor ? gross.minor : fee;
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function optional<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(
    keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]]),
  ) as Partial<Pick<T, K>>;
}

function definedOnly<T extends Record<string, string | undefined>>(record: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: string;
  };
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );

/**
 * The buyer's approval page, plain HTML that says it is a stand-in. Its actions are GET links (so a
 * test follows them with fetch): approve, approve with funding that the capture will decline, or
 * cancel, each back to the merchant's return_url / cancel_url.
 */
export function approvalPage(ledger: PayPalLedger, orderId: string): string {
  const order = ledger.order(orderId);
  const { value, currency_code } = moneyJson(order.unit.amount);
  const token = encodeURIComponent(order.id);
  const merchant = escapeHtml(order.experience['brand_name'] ?? 'The merchant');
  const actions =
    order.status === 'COMPLETED'
      ? '<p>This order has been paid already: there is nothing to approve.</p>'
      : [
          '<ul>',
          `<li><a id="approve" href="/checkoutnow/approve?token=${token}&amp;funding=ok">Approve</a></li>`,
          `<li><a id="approve-declining" href="/checkoutnow/approve?token=${token}&amp;funding=declining">Approve with a card that will be declined</a></li>`,
          `<li><a id="cancel" href="/checkoutnow/cancel?token=${token}">Cancel and return</a></li>`,
          '</ul>',
        ].join('\n');
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>PayPal stand-in (not PayPal)</title></head><body>',
    '<p><strong>This is a local stand-in for PayPal’s approval page. It is not PayPal, and no money moves.</strong></p>',
    `<h1>${merchant} asks you to pay ${escapeHtml(value)} ${escapeHtml(currency_code)}</h1>`,
    `<p>Order ${escapeHtml(order.id)}${order.unit.description ? `: ${escapeHtml(order.unit.description)}` : ''} (${order.status})</p>`,
    actions,
    '</body></html>',
  ].join('\n');
}

/** Where the buyer goes back to, with PayPal's query (token, PayerID), or undefined without a URL. */
export function returnTarget(base: string | undefined, query: Record<string, string>): string | undefined {
  if (!base) return undefined;
  const url = new URL(base);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url.toString();
}
