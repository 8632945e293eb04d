import { canonicalJson } from '@booking/domain';

/** One field that differs between two versions of an event's details; `null` = not set. */
export type FieldChange = Readonly<{ field: string; before: unknown; after: unknown }>;

// The order a reviewer reads an event in; fields not listed (new ones, e.g. a seating plan) follow by name.
const ORDER = [
  'title',
  'category',
  'startsAt',
  'endsAt',
  'timeZone',
  'venue',
  'capacity',
  'priceTiers',
  'salesWindow',
  'maxTicketsPerOrder',
  'maxTicketsPerBuyer',
  'allowLoneSeats',
  'waitlist',
  'waitlistOfferMinutes',
  'groupPrices',
  'refundPolicy',
  'tags',
  'description',
];
const rank = (field: string) => (ORDER.includes(field) ? ORDER.indexOf(field) : ORDER.length);
const byReadingOrder = (a: string, b: string) => rank(a) - rank(b) || a.localeCompare(b);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What differs from `before` to `after`, generic over detail fields: a top-level object (venue,
 * sales window) is compared field by field (`venue.city`), anything else (text, times, lists) as
 * a whole. Fields come in reading order.
 */
export function detailChanges(before: object, after: object): FieldChange[] {
  const changes: FieldChange[] = [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  for (const field of [...new Set([...Object.keys(b), ...Object.keys(a)])].sort(byReadingOrder)) {
    const was = b[field];
    const now = a[field];
    if (canonicalJson(was) === canonicalJson(now)) continue;
    if (isRecord(was) && isRecord(now)) {
      for (const key of [...new Set([...Object.keys(was), ...Object.keys(now)])].sort()) {
        if (canonicalJson(was[key]) !== canonicalJson(now[key]))
          changes.push({ field: `${field}.${key}`, before: was[key] ?? null, after: now[key] ?? null });
      }
    } else changes.push({ field, before: was ?? null, after: now ?? null });
  }
  return changes;
}
