import type { Money } from '../../lib/money';
import { localToIso } from '../organizer/datetime';
import { toMinorUnits } from '../organizer/money';
import type { NewPromoCode, PromoCode } from './promotions.types';

export type PromoFormValues = {
  code: string;
  /** `none`: an access code that takes nothing off. */
  kind: 'percent' | 'amount' | 'free-ticket' | 'none';
  /** Percent (1–100) or an amount in major units ("7.50"), by kind. */
  value: string;
  currency: string;
  maxUses: string;
  maxUsesPerBuyer: string;
  /** datetime-local values in the browser's zone ('' for none). */
  validFrom: string;
  validUntil: string;
  eventIds: string[];
  /** Comma-separated tier ids ('' for every tier). */
  tierIds: string;
  /** Access code: comma-separated ids of hidden tiers it unlocks ('' for none). */
  unlockTierIds: string;
  /** Access code: holds before the event's sales open. */
  presale: boolean;
};

export const emptyPromoForm = (): PromoFormValues => ({
  code: '',
  kind: 'percent',
  value: '',
  currency: 'EUR',
  maxUses: '',
  maxUsesPerBuyer: '',
  validFrom: '',
  validUntil: '',
  eventIds: [],
  tierIds: '',
  unlockTierIds: '',
  presale: false,
});

type Errors = Partial<Record<keyof PromoFormValues, string>>;

const wholeAtLeastOne = (text: string) => (/^\d{1,7}$/.test(text.trim()) && Number(text) >= 1 ? Number(text) : null);

/** The request for the form, or the errors to show next to its fields (the server checks again). */
export function toNewPromoCode(v: PromoFormValues): { request?: NewPromoCode; errors: Errors } {
  const errors: Errors = {};
  const code = v.code.trim().toUpperCase();
  if (!/^[A-Z0-9][A-Z0-9-]{1,30}[A-Z0-9]$/.test(code)) {
    errors.code = 'Use 3 to 32 letters, digits or dashes (not at either end).';
  }
  let discount: Pick<NewPromoCode, 'percentOff' | 'amountOff' | 'freeTicket'> = {};
  if (v.kind === 'percent') {
    const percent = wholeAtLeastOne(v.value);
    if (percent === null || percent > 100) errors.value = 'Enter a whole percentage from 1 to 100.';
    else discount = { percentOff: percent };
  } else if (v.kind === 'amount') {
    const amount = toMinorUnits(v.value, 2);
    if (amount === null || amount < 1) errors.value = 'Enter an amount such as 5 or 7.50.';
    else discount = { amountOff: { amount, currency: v.currency } satisfies Money };
  } else if (v.kind === 'free-ticket') {
    discount = { freeTicket: true };
  }
  const unlocks = v.unlockTierIds
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const access =
    unlocks.length || v.presale
      ? { ...(unlocks.length ? { tierIds: unlocks } : {}), ...(v.presale ? { presale: true } : {}) }
      : undefined;
  if (v.kind === 'none' && !access) {
    errors.unlockTierIds = 'An access code unlocks hidden tiers, early access, or both.';
  }
  const limits: Pick<NewPromoCode, 'maxUses' | 'maxUsesPerBuyer'> = {};
  for (const field of ['maxUses', 'maxUsesPerBuyer'] as const) {
    if (v[field].trim() === '') continue;
    const limit = wholeAtLeastOne(v[field]);
    if (limit === null) errors[field] = 'A whole number, at least 1 (or leave it empty).';
    else limits[field] = limit;
  }
  const validFrom = v.validFrom ? localToIso(v.validFrom) : undefined;
  const validUntil = v.validUntil ? localToIso(v.validUntil) : undefined;
  if (validFrom === null) errors.validFrom = 'Enter a date and time.';
  if (validUntil === null) errors.validUntil = 'Enter a date and time.';
  if (validFrom && validUntil && !(Date.parse(validFrom) < Date.parse(validUntil))) {
    errors.validUntil = 'Must be after “Valid from”.';
  }
  const tierIds = v.tierIds
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    request: {
      code,
      ...discount,
      ...limits,
      ...(validFrom ? { validFrom } : {}),
      ...(validUntil ? { validUntil } : {}),
      ...(v.eventIds.length ? { eventIds: v.eventIds } : {}),
      ...(tierIds.length ? { tierIds } : {}),
      ...(access ? { access } : {}),
    },
  };
}

/** "10 % off", "€5.00 off", "1 ticket free". */
export function describeDiscount(code: Pick<PromoCode, 'discount'>, formatMoney: (m: Money) => string): string {
  const { discount } = code;
  if (discount.kind === 'percent') return `${discount.percent} % off`;
  if (discount.kind === 'amount') return `${formatMoney(discount.amount)} off`;
  if (discount.kind === 'none') return 'No discount';
  return '1 ticket free';
}

/** "Unlocks vip · early access", or '' for a plain discount code. */
export function describeAccess(code: Pick<PromoCode, 'access'>): string {
  const parts = [
    code.access?.tierIds?.length ? `unlocks ${code.access.tierIds.join(', ')}` : undefined,
    code.access?.presale ? 'early access before sales open' : undefined,
  ].filter(Boolean);
  return parts.join(' · ');
}
