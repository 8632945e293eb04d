import { DomainError, minorDigits } from '../kernel';
import { type EventDetails, type GroupPriceRule, type PriceTier, REFUND_POLICIES } from './catalog.events';
import { requireCapacity, requireCategory, requireFutureTime, requireText } from './catalog.rules';

const invalid = (field: string, message: string) => DomainError.validation('catalog.invalid-field', message, { field });
export const LIMITS = {
  tags: 10,
  tagLength: 30,
  priceTiers: 20,
  /** As many as one hold may take (MAX_SEATS_PER_HOLD): a larger limit would promise what holds refuse. */
  maxTicketsPerOrder: 20,
  maxTicketsPerBuyer: 1000,
  maxPrice: 10_000_000_00,
  waitlistOfferMinutes: { min: 5, max: 2880, default: 30 },
  groupPrices: { rules: 5, minTickets: 2, maxTickets: 1000, minPercent: 1, maxPercent: 100 },
} as const;

/**
 * Validates and normalizes what an edit sets; `startsAt` is the start the other times must respect,
 * `allowedCategories` the slugs a category may be set to.
 */
export function validateDetails(
  changes: EventDetails,
  now: Date,
  allowedCategories: readonly string[],
  currentStartsAt?: string,
): EventDetails {
  const out: { -readonly [K in keyof EventDetails]: EventDetails[K] } = {};
  if (changes.title !== undefined) out.title = requireText('title', changes.title, 3, 140);
  if (changes.description !== undefined) out.description = changes.description.trim().slice(0, 5000);
  if (changes.category !== undefined) out.category = requireCategory(changes.category, allowedCategories);
  if (changes.tags !== undefined) out.tags = tags(changes.tags);
  if (changes.startsAt !== undefined) out.startsAt = requireFutureTime('startsAt', changes.startsAt, now);
  const startsAt = out.startsAt ?? currentStartsAt;
  if (changes.endsAt !== undefined) {
    out.endsAt = requireFutureTime('endsAt', changes.endsAt, now);
    if (startsAt && out.endsAt <= startsAt) throw invalid('endsAt', 'endsAt must be after startsAt');
  }
  if (changes.timeZone !== undefined) out.timeZone = timeZone(changes.timeZone);
  if (changes.venue !== undefined) out.venue = venue(changes.venue);
  if (changes.capacity !== undefined) out.capacity = requireCapacity(changes.capacity);
  if (changes.priceTiers !== undefined) out.priceTiers = priceTiers(changes.priceTiers);
  if (changes.salesWindow !== undefined) {
    const opensAt = requireFutureTime('salesWindow.opensAt', changes.salesWindow.opensAt, new Date(0));
    const closesAt = requireFutureTime('salesWindow.closesAt', changes.salesWindow.closesAt, now);
    if (closesAt <= opensAt) throw invalid('salesWindow.closesAt', 'sales must close after they open');
    if (startsAt && closesAt > startsAt)
      throw invalid('salesWindow.closesAt', 'sales must close by the start of the event');
    out.salesWindow = { opensAt, closesAt };
  }
  if (changes.maxTicketsPerOrder !== undefined) {
    const max = changes.maxTicketsPerOrder;
    if (!Number.isSafeInteger(max) || max < 1 || max > LIMITS.maxTicketsPerOrder)
      throw invalid('maxTicketsPerOrder', `maxTicketsPerOrder must be 1 to ${LIMITS.maxTicketsPerOrder}`);
    out.maxTicketsPerOrder = max;
  }
  if (changes.maxTicketsPerBuyer !== undefined) {
    const max = changes.maxTicketsPerBuyer;
    if (!Number.isSafeInteger(max) || max < 1 || max > LIMITS.maxTicketsPerBuyer)
      throw invalid('maxTicketsPerBuyer', `maxTicketsPerBuyer must be 1 to ${LIMITS.maxTicketsPerBuyer}`);
    out.maxTicketsPerBuyer = max;
  }
  if (changes.allowLoneSeats !== undefined) {
    if (typeof changes.allowLoneSeats !== 'boolean') throw invalid('allowLoneSeats', 'allowLoneSeats is true or false');
    out.allowLoneSeats = changes.allowLoneSeats;
  }
  if (changes.waitlist !== undefined) {
    if (typeof changes.waitlist !== 'boolean') throw invalid('waitlist', 'waitlist is true or false');
    out.waitlist = changes.waitlist;
  }
  if (changes.waitlistOfferMinutes !== undefined) {
    const minutes = changes.waitlistOfferMinutes;
    const { min, max } = LIMITS.waitlistOfferMinutes;
    if (!Number.isSafeInteger(minutes) || minutes < min || minutes > max)
      throw invalid('waitlistOfferMinutes', `waitlistOfferMinutes must be ${min} to ${max}`);
    out.waitlistOfferMinutes = minutes;
  }
  if (changes.groupPrices !== undefined) out.groupPrices = groupPrices(changes.groupPrices);
  if (changes.refundPolicy !== undefined) {
    if (!REFUND_POLICIES.includes(changes.refundPolicy))
      throw invalid('refundPolicy', `refundPolicy must be one of ${REFUND_POLICIES.join(', ')}`);
    out.refundPolicy = changes.refundPolicy;
  }
  return out;
}

/** At most five rules, each a whole number of tickets (2–1000) and of percent (1–100), no two for the same size. */
function groupPrices(rules: GroupPriceRule[]): GroupPriceRule[] {
  const { rules: most, minTickets, maxTickets, minPercent, maxPercent } = LIMITS.groupPrices;
  if (!Array.isArray(rules)) throw invalid('groupPrices', 'groupPrices is a list of { minTickets, percentOff }');
  if (rules.length > most) throw invalid('groupPrices', `at most ${most} group prices`);
  const sizes = new Set<number>();
  const out = rules.map((rule, i) => {
    const field = `groupPrices[${i}]`;
    const { minTickets: size, percentOff } = rule ?? {};
    if (!Number.isSafeInteger(size) || size < minTickets || size > maxTickets)
      throw invalid(`${field}.minTickets`, `minTickets must be a whole number from ${minTickets} to ${maxTickets}`);
    if (!Number.isSafeInteger(percentOff) || percentOff < minPercent || percentOff > maxPercent)
      throw invalid(`${field}.percentOff`, `percentOff must be a whole number from ${minPercent} to ${maxPercent}`);
    if (sizes.has(size)) throw invalid(`${field}.minTickets`, `one group price per size (${size} tickets twice)`);
    sizes.add(size);
    return { minTickets: size, percentOff };
  });
  return out.sort((a, b) => a.minTickets - b.minTickets);
}

function tags(values: string[]): string[] {
  const normalized = [...new Set(values.map((t) => t.trim().toLowerCase()).filter(Boolean))];
  if (normalized.length > LIMITS.tags) throw invalid('tags', `at most ${LIMITS.tags} tags`);
  const bad = normalized.find((t) => t.length > LIMITS.tagLength || !/^[\p{L}\p{N}][\p{L}\p{N} &'-]*$/u.test(t));
  if (bad)
    throw invalid(
      'tags',
      `tag "${bad.slice(0, 40)}" must be letters, digits, spaces or dashes, at most ${LIMITS.tagLength} characters`,
    );
  return normalized;
}

function timeZone(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    throw invalid('timeZone', `timeZone must be an IANA time zone such as Europe/Paris, got "${zone}"`);
  }
}

function venue(value: NonNullable<EventDetails['venue']>): NonNullable<EventDetails['venue']> {
  const out = {
    name: requireText('venue.name', value.name, 2, 120),
    city: requireText('venue.city', value.city, 2, 80),
    country: requireText('venue.country', value.country, 2, 2).toUpperCase(),
    ...(value.address !== undefined ? { address: requireText('venue.address', value.address, 3, 300) } : {}),
  };
  if (value.location === undefined) return out;
  const { lat, lng } = value.location;
  if (!Number.isFinite(lat) || lat < -90 || lat > 90)
    throw invalid('venue.location.lat', 'latitude must be between -90 and 90');
  if (!Number.isFinite(lng) || lng < -180 || lng > 180)
    throw invalid('venue.location.lng', 'longitude must be between -180 and 180');
  return { ...out, location: { lat, lng } };
}

function priceTiers(tiers: PriceTier[]): PriceTier[] {
  if (tiers.length > LIMITS.priceTiers) throw invalid('priceTiers', `at most ${LIMITS.priceTiers} price tiers`);
  const currency = tiers[0]?.price.currency;
  const names = new Set<string>();
  return tiers.map((tier, i) => {
    const field = `priceTiers[${i}]`;
    const name = requireText(`${field}.name`, tier.name, 1, 60);
    if (names.has(name.toLowerCase())) throw invalid(`${field}.name`, `price tier names must differ ("${name}" twice)`);
    names.add(name.toLowerCase());
    const { amount, currency: code } = tier.price;
    if (!/^[A-Z]{3}$/.test(code)) throw invalid(`${field}.price.currency`, 'currency must be an ISO 4217 code');
    if (code !== currency) throw invalid(`${field}.price.currency`, 'all price tiers use one currency');
    if (!Number.isSafeInteger(amount) || amount < 0 || amount > LIMITS.maxPrice) {
      throw invalid(
        `${field}.price.amount`,
        `price must be a whole number of minor units (${minorDigits(code)} decimals) from 0`,
      );
    }
    if (tier.hidden !== undefined && typeof tier.hidden !== 'boolean')
      throw invalid(`${field}.hidden`, 'hidden is true or false');
    return {
      id: requireText(`${field}.id`, tier.id, 1, 40),
      name,
      price: { amount, currency: code },
      ...(tier.hidden === true ? { hidden: true } : {}),
    };
  });
}

/** What a buyer needs before an event may be submitted; returns the missing fields. */
export function missingForSubmission(details: EventDetails): string[] {
  const missing: string[] = [];
  if (!details.startsAt) missing.push('startsAt');
  if (!details.venue?.name || !details.venue.city) missing.push('venue');
  if (!details.priceTiers?.length) missing.push('priceTiers');
  if (!details.capacity) missing.push('capacity');
  return missing;
}
