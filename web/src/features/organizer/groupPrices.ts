import { newId } from '../../lib/ids';
import type { GroupPrice } from '../catalog';

/** One group price row as typed: both numbers as text until sent. */
export type GroupPriceValues = { key: string; minTickets: string; percentOff: string };

/** The API's limits (libs/domain catalog.details LIMITS.groupPrices). */
export const GROUP_PRICE_LIMITS = {
  rules: 5,
  minTickets: 2,
  maxTickets: 1000,
  minPercent: 1,
  maxPercent: 100,
} as const;

export const newGroupPrice = (): GroupPriceValues => ({ key: newId(), minTickets: '', percentOff: '' });

export const groupPriceRows = (rules: readonly GroupPrice[] | undefined): GroupPriceValues[] =>
  (rules ?? []).map((rule) => ({
    key: `${rule.minTickets}`,
    minTickets: String(rule.minTickets),
    percentOff: String(rule.percentOff),
  }));

const filled = (rows: readonly GroupPriceValues[]) =>
  rows.map((row, index) => ({ row, index })).filter(({ row }) => row.minTickets.trim() || row.percentOff.trim());

/** The body's list (an empty list clears the event's group prices). Call after validating. */
export const groupPricesBody = (rows: readonly GroupPriceValues[]): GroupPrice[] =>
  filled(rows).map(({ row }) => ({ minTickets: Number(row.minTickets), percentOff: Number(row.percentOff) }));

const whole = (text: string, min: number, max: number) => {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max;
};

/** Client-side checks mirroring the API's, keyed by its field paths ("groupPrices[0].percentOff"). */
export function groupPriceErrors(rows: readonly GroupPriceValues[]): Record<string, string> {
  const { rules, minTickets, maxTickets, minPercent, maxPercent } = GROUP_PRICE_LIMITS;
  const errors: Record<string, string> = {};
  const sizes = new Set<number>();
  const list = filled(rows);
  if (list.length > rules) errors.groupPrices = `At most ${rules} group prices.`;
  for (const { row, index } of list) {
    if (!whole(row.minTickets, minTickets, maxTickets))
      errors[`groupPrices[${index}].minTickets`] = `A whole number of tickets from ${minTickets} to ${maxTickets}.`;
    else if (sizes.has(Number(row.minTickets)))
      errors[`groupPrices[${index}].minTickets`] = 'One group price per group size.';
    sizes.add(Number(row.minTickets));
    if (!whole(row.percentOff, minPercent, maxPercent))
      errors[`groupPrices[${index}].percentOff`] = `A whole percentage from ${minPercent} to ${maxPercent}.`;
  }
  return errors;
}
