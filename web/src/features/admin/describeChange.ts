import { countryName, formatInZone, formatMoney } from '../../lib/format';
import { REFUND_POLICY_LABELS, type RefundPolicy } from '../catalog';

/** One detail that differs from the approved version, as the API sends it (null = not set). */
export type FieldChange = { field: string; before: unknown; after: unknown };

/** A side of a change as a reviewer reads it: plain lines, plus what a list gained or lost. */
export type ChangeSide = { lines: string[]; added?: string[]; removed?: string[] };

const LABELS: Record<string, string> = {
  title: 'Title',
  category: 'Category',
  startsAt: 'Starts',
  endsAt: 'Ends',
  timeZone: 'Time zone',
  'venue.name': 'Venue name',
  'venue.city': 'Venue city',
  'venue.country': 'Venue country',
  'venue.address': 'Venue address',
  'venue.location': 'Venue location',
  capacity: 'Capacity',
  priceTiers: 'Price tiers',
  'salesWindow.opensAt': 'Sales open',
  'salesWindow.closesAt': 'Sales close',
  maxTicketsPerOrder: 'Tickets per order',
  maxTicketsPerBuyer: 'Tickets per buyer',
  allowLoneSeats: 'Lone seats allowed',
  refundPolicy: 'Refund policy',
  tags: 'Tags',
  description: 'Description',
  'seatingPlan.sections': 'Seating plan sections',
};

/** "seatingPlan.sections" → "Seating plan sections": fields the SPA does not know yet still read well. */
export function fieldLabel(field: string): string {
  if (LABELS[field]) return LABELS[field];
  const words = field
    .split('.')
    .join(' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const TIMES = new Set(['startsAt', 'endsAt', 'salesWindow.opensAt', 'salesWindow.closesAt']);

/** HTML description → its text, so the reviewer compares words, not markup. */
function plainText(html: string): string {
  const text =
    typeof DOMParser === 'undefined'
      ? html.replace(/<[^>]*>/g, ' ')
      : (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '');
  const squeezed = text.replace(/\s+/g, ' ').trim();
  return squeezed.length > 400 ? `${squeezed.slice(0, 399)}…` : squeezed;
}

type Tier = { id: string; name: string; price: { amount: number; currency: string } };
const isTier = (value: unknown): value is Tier =>
  typeof value === 'object' && value !== null && 'name' in value && 'price' in value;

type Named = { name: string; kind?: string; capacity?: number; rows?: { seats?: number }[] };
const isNamed = (value: unknown): value is Named =>
  typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string';

/** A named part (a seating plan's section): its name, kind and how many places it has. */
function namedLine(part: Named): string {
  const places =
    typeof part.capacity === 'number'
      ? part.capacity
      : Array.isArray(part.rows)
        ? part.rows.reduce((total, row) => total + (typeof row.seats === 'number' ? row.seats : 0), 0)
        : undefined;
  const facts = [part.kind, places === undefined ? undefined : `${places} places`].filter(Boolean);
  return facts.length > 0 ? `${part.name} (${facts.join(', ')})` : part.name;
}

function describeValue(field: string, value: unknown, timeZone: string): string[] {
  if (value === null || value === undefined || value === '') return ['Not set'];
  if (TIMES.has(field) && typeof value === 'string') return [formatInZone(value, timeZone)];
  if (field === 'priceTiers' && Array.isArray(value))
    return value.length === 0
      ? ['None']
      : value.map((tier) =>
          isTier(tier) ? `${tier.name}: ${formatMoney(tier.price.amount, tier.price.currency)}` : String(tier),
        );
  if (field === 'description' && typeof value === 'string') return [plainText(value) || 'Empty'];
  if (field === 'venue.country' && typeof value === 'string') return [countryName(value)];
  if (field === 'refundPolicy' && typeof value === 'string')
    return [REFUND_POLICY_LABELS[value as RefundPolicy] ?? value];
  if (field === 'venue.location' && typeof value === 'object' && 'lat' in value && 'lng' in value)
    return [`${String(value.lat)}, ${String(value.lng)}`];
  if (Array.isArray(value) && value.every(isNamed)) return value.length === 0 ? ['None'] : value.map(namedLine);
  if (Array.isArray(value)) return value.length === 0 ? ['None'] : [value.map(String).join(', ')];
  if (typeof value === 'object') {
    const json = JSON.stringify(value);
    return [json.length > 300 ? `${json.slice(0, 299)}…` : json];
  }
  return [String(value)];
}

/** Both sides of a change, formatted: times in the event's zone, money, tags added and removed, text. */
export function describeChange(change: FieldChange, timeZone: string): { before: ChangeSide; after: ChangeSide } {
  const before: ChangeSide = { lines: describeValue(change.field, change.before, timeZone) };
  const after: ChangeSide = { lines: describeValue(change.field, change.after, timeZone) };
  if (change.field === 'tags') {
    const was = Array.isArray(change.before) ? change.before.map(String) : [];
    const now = Array.isArray(change.after) ? change.after.map(String) : [];
    after.added = now.filter((tag) => !was.includes(tag));
    before.removed = was.filter((tag) => !now.includes(tag));
  }
  return { before, after };
}
