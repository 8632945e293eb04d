import { minorDigits } from '../../lib/format';

export { minorDigits };

/** Currencies offered for price tiers (all with two-decimal minor units). */
export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK'] as const;

/**
 * "12.5" → 1250 for a two-decimal currency, by string math (never float multiplication).
 * Accepts a comma as decimal separator; null if the text is not a plain non-negative amount.
 */
export function toMinorUnits(text: string, digits: number): number | null {
  const match = /^(\d{1,10})(?:[.,](\d*))?$/.exec(text.trim());
  if (!match) return null;
  const [, whole, fraction = ''] = match;
  if (fraction.length > digits) return null;
  const minor = Number(whole + fraction.padEnd(digits, '0'));
  return Number.isSafeInteger(minor) ? minor : null;
}

/** 1250 → "12.50" (the editable text for a stored amount). */
export function fromMinorUnits(amount: number, digits: number): string {
  if (digits === 0) return String(amount);
  const text = String(Math.abs(Math.trunc(amount))).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
