import { DomainError } from './domain-error';

/** Money is an integer number of minor units (cents) and an ISO 4217 currency. Never a float. */
export type Money = Readonly<{ amount: number; currency: string }>;

// Currencies whose minor unit is not 1/100 (ISO 4217); everything else has two decimals.
const MINOR_DIGITS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
};

export function minorDigits(currency: string): number {
  return MINOR_DIGITS[currency] ?? 2;
}

export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount)) {
    throw DomainError.validation('money.not-integer', `Money amounts are whole minor units, got ${amount}`);
  }
  if (!/^[A-Z]{3}$/.test(currency)) {
    throw DomainError.validation('money.bad-currency', `Currency must be an ISO 4217 code, got "${currency}"`);
  }
  // -0 would make equal amounts unequal under Object.is (and Jest's toEqual).
  return { amount: amount === 0 ? 0 : amount, currency };
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw DomainError.validation('money.currency-mismatch', `Cannot combine ${a.currency} with ${b.currency}`);
  }
}

export const add = (a: Money, b: Money): Money => (sameCurrency(a, b), money(a.amount + b.amount, a.currency));
export const subtract = (a: Money, b: Money): Money => (sameCurrency(a, b), money(a.amount - b.amount, a.currency));
export const multiply = (a: Money, factor: number): Money => {
  if (!Number.isSafeInteger(factor))
    throw DomainError.validation('money.bad-factor', `Factor must be an integer, got ${factor}`);
  return money(a.amount * factor, a.currency);
};
export const compare = (a: Money, b: Money): -1 | 0 | 1 => (
  sameCurrency(a, b),
  Math.sign(a.amount - b.amount) as -1 | 0 | 1
);
export const isZero = (a: Money): boolean => a.amount === 0;
export const sum = (items: readonly Money[], currency: string): Money =>
  items.reduce((total, item) => add(total, item), money(0, currency));

/**
 * Splits an amount by ratios without losing a cent: each share is truncated, then the leftover
 * cents go one each to the shares with the largest remainder (ties: earlier first). BigInt keeps
 * amount × ratio exact beyond 2^53.
 */
export function allocate(total: Money, ratios: readonly number[]): Money[] {
  if (ratios.length === 0 || ratios.some((r) => !Number.isSafeInteger(r) || r < 0) || ratios.every((r) => r === 0)) {
    throw DomainError.validation('money.bad-ratios', 'Ratios must be non-negative integers, not all zero');
  }
  const amount = BigInt(total.amount);
  const totalRatio = ratios.reduce((acc, r) => acc + BigInt(r), 0n);
  const shares = ratios.map((r) => (amount * BigInt(r)) / totalRatio); // truncates toward zero
  const rests = ratios.map((r, i) => absBig(amount * BigInt(r) - shares[i] * totalRatio));
  // |leftover| × totalRatio = Σ rests and each rest < totalRatio, so only shares with a rest get a cent.
  let leftover = amount - shares.reduce((acc, share) => acc + share, 0n);
  const step = leftover < 0n ? -1n : 1n;
  const byRest = ratios.map((_, i) => i).sort((a, b) => (rests[a] === rests[b] ? a - b : rests[a] > rests[b] ? -1 : 1));
  for (const i of byRest) {
    if (leftover === 0n) break;
    shares[i] += step;
    leftover -= step;
  }
  return shares.map((share) => money(Number(share), total.currency));
}

const absBig = (n: bigint): bigint => (n < 0n ? -n : n);

/** Exact decimal string of the amount ("12.30", "-0.05", "1200") without passing through a float. */
export function toDecimalString(value: Money): string {
  const digits = minorDigits(value.currency);
  const sign = value.amount < 0 ? '-' : '';
  const abs = Math.abs(value.amount).toString();
  if (digits === 0) return sign + abs;
  const padded = abs.padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/** Intl formatters are costly to build (a booking mail formats every ticket): one per locale and currency. */
const moneyFormatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(value: Money, locale = 'en'): string {
  // ISO 4217 minor digits, not CLDR's display digits: CLDR shows IQD with 0 and would round 1.500 to 2.
  const digits = minorDigits(value.currency);
  const key = `${locale}\u0000${value.currency}`;
  let formatter = moneyFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: value.currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    if (moneyFormatters.size >= 256) moneyFormatters.clear();
    moneyFormatters.set(key, formatter);
  }
  // Intl formats decimal strings exactly (no float rounding on large amounts).
  return formatter.format(toDecimalString(value) as unknown as number);
}
