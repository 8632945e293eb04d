import { MAX_SEATS_PER_HOLD } from '@booking/inventory-rules';
import type { FieldError } from '../../lib/api';
import { WAITLIST_OFFER_MINUTES, type EventFormValues } from './eventForm';
import { minorDigits, toMinorUnits } from './money';
import { groupPriceErrors } from './groupPrices';

/** Messages keyed by the API's field paths ("venue.city", "priceTiers[0].price.amount", "currency"). */
export type FormErrors = Record<string, string>;

export const MAX_CAPACITY = 100_000;
export const MAX_TICKETS_PER_BUYER = 1000;
const TAG = /^[\p{L}\p{N}][\p{L}\p{N} &'-]*$/u;

const length = (value: string, label: string, min: number, max: number) => {
  const n = value.trim().length;
  if (n === 0) return `${label} is required.`;
  return n < min || n > max ? `${label} must be ${min} to ${max} characters.` : undefined;
};

function time(local: string, label: string, now: Date, required: boolean) {
  if (!local) return required ? `${label} is required.` : undefined;
  const at = new Date(local);
  if (Number.isNaN(at.getTime())) return 'Enter a valid date and time.';
  return at <= now ? `${label} must be in the future.` : undefined;
}

/** Client-side checks mirroring the API's, so most mistakes show before a round trip. */
export function validateEventForm(v: EventFormValues, now = new Date()): FormErrors {
  const e: Record<string, string | undefined> = {};
  e.title = length(v.title, 'Title', 3, 140);
  e.description = v.description.length > 5000 ? 'Keep the description under 5,000 characters.' : undefined;
  // Which categories exist is the API's (admins manage them); an unknown one comes back as a field error.
  e.category = v.category ? undefined : 'Choose a category.';
  if (v.tags.length > 10) e.tags = 'At most 10 tags.';
  const badTag = v.tags.find((t) => t.length > 30 || !TAG.test(t));
  if (badTag) e.tags = `"${badTag}": letters, digits, spaces or dashes, at most 30 characters.`;
  e.startsAt = time(v.startsAt, 'Start', now, true);
  e.endsAt = time(v.endsAt, 'End', now, false);
  if (!e.endsAt && v.endsAt && v.startsAt && v.endsAt <= v.startsAt) e.endsAt = 'The end must be after the start.';
  e['venue.name'] = length(v.venueName, 'Venue name', 2, 120);
  e['venue.city'] = length(v.venueCity, 'City', 2, 80);
  e['venue.country'] = /^[A-Za-z]{2}$/.test(v.venueCountry.trim()) ? undefined : 'Use a two-letter code, e.g. DE.';
  if (v.venueAddress.trim()) e['venue.address'] = length(v.venueAddress, 'Address', 3, 300);
  const capacity = Number(v.capacity);
  if (v.capacity === '' || !Number.isInteger(capacity) || capacity < 1 || capacity > MAX_CAPACITY)
    e.capacity = `Capacity must be a whole number from 1 to ${MAX_CAPACITY.toLocaleString()}.`;
  const digits = minorDigits(v.currency);
  const names = new Set<string>();
  v.tiers.forEach((tier, i) => {
    if (!tier.name.trim() && !tier.price.trim()) return; // an empty row is left out of the request
    const name = tier.name.trim().toLowerCase();
    e[`priceTiers[${i}].name`] =
      length(tier.name, 'Tier name', 1, 60) ?? (names.has(name) ? 'Each tier needs its own name.' : undefined);
    names.add(name);
    if (toMinorUnits(tier.price, digits) === null)
      e[`priceTiers[${i}].price.amount`] = `Enter a price like 25 or 25.50 (at most ${digits} decimals).`;
  });
  if (v.tiers.length > 20) e.priceTiers = 'At most 20 price tiers.';
  if (Boolean(v.salesOpensAt) !== Boolean(v.salesClosesAt)) {
    e[v.salesOpensAt ? 'salesWindow.closesAt' : 'salesWindow.opensAt'] = 'Set both ends of the sales window, or none.';
  } else if (v.salesClosesAt) {
    if (v.salesClosesAt <= v.salesOpensAt) e['salesWindow.closesAt'] = 'Sales must close after they open.';
    else if (v.startsAt && v.salesClosesAt > v.startsAt)
      e['salesWindow.closesAt'] = 'Sales must close by the start of the event.';
    else e['salesWindow.closesAt'] = time(v.salesClosesAt, 'Closing time', now, true);
  }
  const max = Number(v.maxTicketsPerOrder);
  if (v.maxTicketsPerOrder !== '' && (!Number.isInteger(max) || max < 1 || max > MAX_SEATS_PER_HOLD))
    e.maxTicketsPerOrder = `From 1 to ${MAX_SEATS_PER_HOLD}.`;
  const perBuyer = Number(v.maxTicketsPerBuyer);
  if (v.maxTicketsPerBuyer !== '' && (!Number.isInteger(perBuyer) || perBuyer < 1 || perBuyer > MAX_TICKETS_PER_BUYER))
    e.maxTicketsPerBuyer = `From 1 to ${MAX_TICKETS_PER_BUYER}, or empty for no limit.`;
  const offer = Number(v.waitlistOfferMinutes);
  const { min, max: longest } = WAITLIST_OFFER_MINUTES;
  if (v.waitlistOfferMinutes !== '' && (!Number.isInteger(offer) || offer < min || offer > longest))
    e.waitlistOfferMinutes = `From ${min} to ${longest} minutes.`;
  Object.assign(e, groupPriceErrors(v.groupPrices));
  return Object.fromEntries(Object.entries(e).filter(([, m]) => m)) as FormErrors;
}

/** The request field an error path belongs to ("venue.city" → "venue", "priceTiers[1].name" → "priceTiers"). */
export const topLevelField = (path: string) => path.split(/[.[]/)[0];

/** Where the form shows an API field path (the one currency select stands for every tier's currency). */
function inputKey(field: string): string {
  const path = field.replace(/^body\./, '');
  if (/^priceTiers\[\d+\]\.price\.currency$/.test(path)) return 'currency';
  if (/^priceTiers\[\d+\]\.price$/.test(path)) return `${path}.amount`;
  if (path === 'venue') return 'venue.name';
  if (path === 'salesWindow') return 'salesWindow.opensAt';
  return path;
}

const INPUTS = new Set(
  'title description category tags startsAt endsAt timeZone venue.name venue.city venue.country venue.address capacity priceTiers currency salesWindow.opensAt salesWindow.closesAt maxTicketsPerOrder maxTicketsPerBuyer allowLoneSeats waitlist waitlistOfferMinutes groupPrices refundPolicy'.split(
    ' ',
  ),
);

/** Splits a problem's `errors[]` into messages next to inputs and those no input shows. */
export function mapServerErrors(errors: FieldError[], tierCount: number): { byField: FormErrors; other: FieldError[] } {
  const byField: FormErrors = {};
  const other: FieldError[] = [];
  for (const error of errors) {
    const key = inputKey(error.field);
    const tier = /^priceTiers\[(\d+)\]\.(name|price\.amount)$/.exec(key);
    const group = /^groupPrices\[\d+\]\.(minTickets|percentOff)$/.test(key);
    if (INPUTS.has(key) || group || (tier && Number(tier[1]) < tierCount)) {
      byField[key] = byField[key] ? `${byField[key]} ${error.message}` : error.message;
    } else other.push(error);
  }
  return { byField, other };
}
