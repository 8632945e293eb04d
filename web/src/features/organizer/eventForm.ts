import { newId } from '../../lib/ids';
import type { EventDetail, PriceTier, RefundPolicy } from '../catalog';
import { browserTimeZone, isoToLocal, localToIso } from './datetime';
import { fromMinorUnits, minorDigits, toMinorUnits } from './money';
import type { EventChanges, EventInput } from './organizer.api';
import { type GroupPriceValues, groupPriceRows, groupPricesBody } from './groupPrices';

/** Bounds of a waitlist offer's time, as the API has them (EVENT_LIMITS.waitlistOfferMinutes). */
export const WAITLIST_OFFER_MINUTES = { min: 5, max: 2880, default: 30 } as const;

/** `hidden`: sold only to buyers with an access code that unlocks it (docs/promo-codes.md). */
export type TierValues = { key: string; id: string; name: string; price: string; hidden?: boolean };

export type EventFormValues = {
  title: string;
  description: string;
  category: string;
  tags: string[];
  startsAt: string; // datetime-local, browser zone
  endsAt: string;
  timeZone: string;
  venueName: string;
  venueCity: string;
  venueCountry: string;
  venueAddress: string;
  capacity: number | string;
  tiers: TierValues[];
  currency: string;
  salesOpensAt: string;
  salesClosesAt: string;
  maxTicketsPerOrder: number | string;
  /** Empty: no per-buyer limit. */
  maxTicketsPerBuyer: number | string;
  /** Seated events: buyers may leave one seat alone beside a taken one. */
  allowLoneSeats: boolean;
  /** A waitlist opens when the event sells out. */
  waitlist: boolean;
  /** How long an offer to the next person waiting holds the places, in minutes. */
  waitlistOfferMinutes: number | string;
  /** Group prices as typed (rows with both fields empty are left out). */
  groupPrices: GroupPriceValues[];
  refundPolicy: string;
};

export const newTier = (): TierValues => ({ key: newId(), id: '', name: '', price: '' });

export const emptyEventForm = (): EventFormValues => ({
  title: '',
  description: '',
  category: '',
  tags: [],
  startsAt: '',
  endsAt: '',
  timeZone: browserTimeZone(),
  venueName: '',
  venueCity: '',
  venueCountry: '',
  venueAddress: '',
  capacity: 100,
  tiers: [newTier()],
  currency: 'EUR',
  salesOpensAt: '',
  salesClosesAt: '',
  maxTicketsPerOrder: 10,
  maxTicketsPerBuyer: '',
  allowLoneSeats: false,
  waitlist: true,
  waitlistOfferMinutes: WAITLIST_OFFER_MINUTES.default,
  groupPrices: [],
  refundPolicy: 'until-24h-before',
});

/** The form for an existing event. */
export function formFromEvent(e: EventDetail): EventFormValues {
  const currency = e.priceTiers?.[0]?.price.currency ?? e.currency ?? 'EUR';
  const digits = minorDigits(currency);
  return {
    title: e.title,
    description: e.description ?? '',
    category: e.category,
    tags: e.tags ?? [],
    startsAt: isoToLocal(e.startsAt),
    endsAt: isoToLocal(e.endsAt),
    timeZone: e.timeZone ?? browserTimeZone(),
    venueName: e.venue?.name ?? '',
    venueCity: e.venue?.city ?? '',
    venueCountry: e.venue?.country ?? '',
    venueAddress: e.venue?.address ?? '',
    capacity: e.capacity ?? '',
    tiers: (e.priceTiers ?? []).map((t) => ({
      key: t.id,
      id: t.id,
      name: t.name,
      price: fromMinorUnits(t.price.amount, digits),
      ...(t.hidden ? { hidden: true } : {}),
    })),
    currency,
    salesOpensAt: isoToLocal(e.salesWindow?.opensAt),
    salesClosesAt: isoToLocal(e.salesWindow?.closesAt),
    maxTicketsPerOrder: e.maxTicketsPerOrder ?? '',
    maxTicketsPerBuyer: e.maxTicketsPerBuyer ?? '',
    allowLoneSeats: e.allowLoneSeats ?? false,
    waitlist: e.waitlist ?? true,
    waitlistOfferMinutes: e.waitlistOfferMinutes ?? WAITLIST_OFFER_MINUTES.default,
    groupPrices: groupPriceRows(e.groupPrices),
    refundPolicy: e.refundPolicy ?? '',
  };
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 30) || 'tier';

function priceTiers(v: EventFormValues): PriceTier[] {
  const digits = minorDigits(v.currency);
  const used = new Set<string>();
  return v.tiers
    .filter((t) => t.name.trim() !== '' || t.price.trim() !== '')
    .map((t) => {
      let id = t.id || slug(t.name);
      // A new tier gets a readable id ("early-bird"), unique within the event.
      for (let n = 2; !t.id && used.has(id); n++) id = `${slug(t.name)}-${n}`;
      used.add(id);
      return {
        id,
        name: t.name.trim(),
        price: { amount: toMinorUnits(t.price, digits) ?? -1, currency: v.currency },
        ...(t.hidden ? { hidden: true } : {}),
      };
    });
}

/** The request body for the form (call after validating; optional fields left empty are left out). */
export function toEventInput(v: EventFormValues): EventInput {
  const address = v.venueAddress.trim();
  const opensAt = localToIso(v.salesOpensAt);
  const closesAt = localToIso(v.salesClosesAt);
  return {
    title: v.title.trim(),
    description: v.description.trim(),
    category: v.category,
    tags: v.tags,
    startsAt: localToIso(v.startsAt) ?? v.startsAt,
    ...(v.endsAt ? { endsAt: localToIso(v.endsAt) ?? v.endsAt } : {}),
    timeZone: v.timeZone,
    venue: {
      name: v.venueName.trim(),
      city: v.venueCity.trim(),
      country: v.venueCountry.trim().toUpperCase(),
      ...(address ? { address } : {}),
    },
    capacity: Number(v.capacity),
    priceTiers: priceTiers(v),
    ...(opensAt && closesAt ? { salesWindow: { opensAt, closesAt } } : {}),
    ...(v.maxTicketsPerOrder !== '' ? { maxTicketsPerOrder: Number(v.maxTicketsPerOrder) } : {}),
    ...(v.maxTicketsPerBuyer !== '' ? { maxTicketsPerBuyer: Number(v.maxTicketsPerBuyer) } : {}),
    allowLoneSeats: v.allowLoneSeats,
    waitlist: v.waitlist,
    ...(v.waitlistOfferMinutes !== '' ? { waitlistOfferMinutes: Number(v.waitlistOfferMinutes) } : {}),
    groupPrices: groupPricesBody(v.groupPrices),
    ...(v.refundPolicy ? { refundPolicy: v.refundPolicy as RefundPolicy } : {}),
  };
}

/**
 * The top-level fields that differ between two bodies (venue, tiers and sales window go whole).
 * A cleared optional field cannot be sent (the API has no way to unset it), so it is not listed.
 */
export function changedFields(before: EventInput, after: EventInput): EventChanges {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof EventInput)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = after[key];
  }
  return changes as EventChanges;
}
