import { randomBytes } from 'node:crypto';

/**
 * What the PayPal stand-in's parts share: PayPal-looking ids, its money arithmetic (whole minor
 * units as bigint, never a float), its timestamps, and its error bodies, with the names, messages
 * and issue codes of PayPal's published OpenAPI files (paypal/paypal-rest-api-specifications).
 */

export type JsonObject = Record<string, unknown>;
export type Link = Readonly<{ href: string; rel: string; method: 'GET' | 'POST' | 'PATCH' }>;

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** An id in PayPal's form: orders, captures and refunds are 17 upper-case letters and digits. */
export function paypalId(length = 17): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join('');
}

/** PayPal's debug_id (and Paypal-Debug-Id header): 13 lower-case hex digits. */
export const debugId = () => randomBytes(7).toString('hex').slice(0, 13);

/** PayPal's timestamps: ISO 8601 in UTC, to the second ("2024-05-01T10:00:00Z"). */
export const stamp = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// ---------------------------------------------------------------------------------------------
// Money

/**
 * The currencies PayPal's REST APIs take, with their decimal digits (developer.paypal.com,
 * "Currency codes"): HUF, JPY and TWD have none; every other one two.
 */
const CURRENCY_DIGITS: Readonly<Record<string, 0 | 2>> = Object.fromEntries([
  ...[
    'AUD',
    'BRL',
    'CAD',
    'CNY',
    'CZK',
    'DKK',
    'EUR',
    'HKD',
    'ILS',
    'MYR',
    'MXN',
    'NOK',
    'NZD',
    'PHP',
    'PLN',
    'GBP',
  ].map((code) => [code, 2] as const),
  ...['SGD', 'SEK', 'CHF', 'THB', 'USD'].map((code) => [code, 2] as const),
  ...['HUF', 'JPY', 'TWD'].map((code) => [code, 0] as const),
]);

export type Money = Readonly<{ currency: string; minor: bigint }>;

/** money.value's pattern in PayPal's spec. */
const VALUE_PATTERN = /^((-?[0-9]+)|(-?([0-9]+)?[.][0-9]+))$/;
/** "Should be less than or equal to 999999999999999.99": the largest value PayPal takes. */
const MAX_WHOLE = 999_999_999_999_999n;

export const digitsOf = (currency: string) => CURRENCY_DIGITS[currency] ?? 2;

/** PayPal's `{currency_code, value}`, the value in the currency's own digits ("10.50", "1200"). */
export function moneyJson({ currency, minor }: Money): { currency_code: string; value: string } {
  const digits = digitsOf(currency);
  const sign = minor < 0n ? '-' : '';
  const abs = (minor < 0n ? -minor : minor).toString().padStart(digits + 1, '0');
  const value = digits === 0 ? abs : `${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
  return { currency_code: currency, value: `${sign}${value}` };
}

export type Issue = Readonly<{
  field?: string;
  value?: string;
  location: 'body' | 'path' | 'query';
  issue: string;
  description: string;
}>;

/** A request's problems, gathered as PayPal lists them: schema ones (400) before business ones (422). */
export class Issues {
  readonly schema: Issue[] = [];
  readonly business: Issue[] = [];

  missing(field: string) {
    this.schema.push({
      field,
      location: 'body',
      issue: 'MISSING_REQUIRED_PARAMETER',
      description: 'A required field / parameter is missing.',
    });
  }

  syntax(field: string, value: unknown) {
    this.schema.push({
      field,
      ...(typeof value === 'string' ? { value } : {}),
      location: 'body',
      issue: 'INVALID_PARAMETER_SYNTAX',
      description: 'The value of a field does not conform to the expected format.',
    });
  }

  invalidValue(field: string, value: unknown, description = 'A parameter value is not valid.') {
    this.schema.push({
      field,
      ...(typeof value === 'string' ? { value } : {}),
      location: 'body',
      issue: 'INVALID_PARAMETER_VALUE',
      description,
    });
  }

  length(field: string, value: string) {
    this.schema.push({
      field,
      value,
      location: 'body',
      issue: 'INVALID_STRING_LENGTH',
      description: 'The value of a field is either too short or too long.',
    });
  }

  /** What PayPal takes but the stand-in does not: said as PayPal's NOT_SUPPORTED, with the reason. */
  unsupported(field: string, description: string) {
    this.schema.push({ field, location: 'body', issue: 'NOT_SUPPORTED', description });
  }

  rule(field: string, issue: string, description: string, value?: string) {
    this.business.push({ field, ...(value === undefined ? {} : { value }), location: 'body', issue, description });
  }

  /** Throws PayPal's 400 (schema) or 422 (business) answer if anything was found. */
  raise(api: ErrorApi) {
    if (this.schema.length) throw invalidRequest(api, this.schema);
    if (this.business.length) throw unprocessable(api, this.business);
  }

  /** An optional string field of 1..max characters (PayPal's minLength/maxLength). */
  text(body: JsonObject, key: string, field: string, max: number): string | undefined {
    const value = body[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') this.syntax(field, value);
    else if (value.length < 1 || value.length > max) this.length(field, value);
    else return value;
    return undefined;
  }

  /**
   * A money object as PayPal checks it: currency_code and value present, the code one PayPal
   * supports (422 INVALID_CURRENCY_CODE), the value in the spec's pattern, in the currency's digits
   * (422 DECIMALS_NOT_SUPPORTED for HUF/JPY/TWD, DECIMAL_PRECISION past two), and above zero.
   */
  money(input: unknown, field: string): Money | undefined {
    if (input === undefined || !isObject(input)) {
      if (input === undefined) this.missing(field);
      else this.syntax(field, input);
      return undefined;
    }
    const currency = this.currency(input['currency_code'], `${field}/currency_code`);
    const value = input['value'];
    if (value === undefined) this.missing(`${field}/value`);
    else if (typeof value !== 'string' || value.length > 32 || !VALUE_PATTERN.test(value))
      this.syntax(`${field}/value`, value);
    else if (currency) return this.amount(currency, value, `${field}/value`);
    return undefined;
  }

  private currency(code: unknown, field: string): string | undefined {
    if (code === undefined) this.missing(field);
    else if (typeof code !== 'string') this.syntax(field, code);
    else if (code.length !== 3) this.length(field, code);
    else if (code in CURRENCY_DIGITS) return code;
    else {
      this.rule(
        field,
        'INVALID_CURRENCY_CODE',
        'Currency code is invalid or is not currently supported. Please refer https://developer.paypal.com/api/rest/reference/currency-codes/ for list of supported currency codes.',
        code,
      );
    }
    return undefined;
  }

  /** The value's business checks, in PayPal's words; the value in minor units when it passes. */
  private amount(currency: string, value: string, field: string): Money | undefined {
    const negative = value.startsWith('-');
    const [whole = '', fraction = ''] = value.replace(/^-/, '').split('.');
    const digits = digitsOf(currency);
    const magnitude =
      BigInt(whole || '0') * 10n ** BigInt(digits) + BigInt(fraction.slice(0, digits).padEnd(digits, '0') || '0');
    if (digits === 0 && value.includes('.')) {
      this.rule(field, 'DECIMALS_NOT_SUPPORTED', 'Currency does not support decimals.', value);
    } else if (fraction.length > digits) {
      this.rule(
        field,
        'DECIMAL_PRECISION',
        'If the currency supports decimals, only two decimal place precision is supported.',
        value,
      );
    } else if (negative || magnitude === 0n) {
      this.rule(
        field,
        'CANNOT_BE_ZERO_OR_NEGATIVE',
        'Must be greater than zero. If the currency supports decimals, only two decimal place precision is supported.',
        value,
      );
    } else if (BigInt(whole || '0') > MAX_WHOLE) {
      this.rule(field, 'MAX_VALUE_EXCEEDED', 'Should be less than or equal to 999999999999999.99.', value);
    } else {
      return { currency, minor: magnitude };
    }
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Errors

/** Which API's documentation an error's information_link points into. */
export type ErrorApi = 'orders/v2' | 'payments/v2' | 'webhooks/v1' | 'transaction-search/v1';

/** An answer other than success, thrown by a handler and written by the server as it is. */
export class PayPalProblem extends Error {
  constructor(
    readonly status: number,
    readonly body: JsonObject,
  ) {
    super(`${status} ${String(body['name'] ?? body['error'])}`);
  }
}

const MESSAGES: Readonly<Record<string, string>> = {
  INVALID_REQUEST: 'Request is not well-formed, syntactically incorrect, or violates schema.',
  UNPROCESSABLE_ENTITY:
    'The requested action could not be performed, semantically incorrect, or failed business validation.',
  RESOURCE_NOT_FOUND: 'The specified resource does not exist.',
  VALIDATION_ERROR: 'Invalid request - see details',
};

type ProblemOptions = Readonly<{
  /** Links after the information links (INSTRUMENT_DECLINED's `redirect`). */
  links?: Link[];
  message?: string;
  /** No information links (Transaction Search answers `links: []`). */
  bare?: boolean;
}>;

/** PayPal's error body: name, message, debug_id, details, and an information_link per issue. */
export function problem(
  status: number,
  api: ErrorApi,
  name: string,
  details: readonly Issue[],
  options: ProblemOptions = {},
) {
  const issues = details.length ? details.map((detail) => detail.issue) : [name];
  const information = issues.map((issue) => ({
    href: `https://developer.paypal.com/docs/api/${api}/#error-${issue}`,
    rel: 'information_link',
    method: 'GET',
  }));
  return new PayPalProblem(status, {
    name,
    message: options.message ?? MESSAGES[name] ?? name,
    debug_id: debugId(),
    details,
    links: [...(options.bare ? [] : information), ...(options.links ?? [])],
  });
}

export const invalidRequest = (api: ErrorApi, details: readonly Issue[]) =>
  problem(400, api, 'INVALID_REQUEST', details);
export const unprocessable = (api: ErrorApi, details: readonly Issue[], links: Link[] = []) =>
  problem(422, api, 'UNPROCESSABLE_ENTITY', details, { links });

/** One business rule broken (422), as PayPal answers most refused actions on an order or capture. */
export function refused(api: ErrorApi, issue: string, description: string, links: Link[] = []) {
  return unprocessable(api, [{ location: 'body', issue, description }], links);
}

/** 404 for an id that names nothing: PayPal's RESOURCE_NOT_FOUND / INVALID_RESOURCE_ID. */
export function unknownResource(api: ErrorApi, id: string) {
  return problem(404, api, 'RESOURCE_NOT_FOUND', [
    {
      value: id,
      location: 'path',
      issue: 'INVALID_RESOURCE_ID',
      description: 'Specified resource ID does not exist. Please check the resource ID and try again.',
    },
  ]);
}

/** A body that is not a JSON object: 400 MALFORMED_REQUEST_JSON, as PayPal says it. */
export const malformedJson = (api: ErrorApi) =>
  invalidRequest(api, [
    {
      field: '/',
      location: 'body',
      issue: 'MALFORMED_REQUEST_JSON',
      description: 'The request JSON is not well formed.',
    },
  ]);

/** The request body as a JSON object; an empty body is `{}` (capture and refund take none). */
export function jsonBody(text: string, api: ErrorApi): JsonObject {
  if (!text.trim()) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw malformedJson(api);
  }
  if (!isObject(parsed)) throw malformedJson(api);
  return parsed;
}
