// Dates, counts and places in the user's own locale (undefined = the browser's).

/**
 * Made when first used, not when the module loads: each Intl constructor loads locale data, and
 * together they were a fifth of the app's start-up task on a throttled phone (bench:web).
 */
function lazily<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

const dateTime = lazily(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }));
const longDateTime = lazily(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' }));
const timeOnly = lazily(() => new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' }));
const regions = lazily(() =>
  typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(undefined, { type: 'region' }) : null,
);

const parse = (iso: string): Date | null => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
};

export const formatDateTime = (iso: string) => {
  const date = parse(iso);
  return date ? dateTime().format(date) : iso;
};
export const formatLongDateTime = (iso: string) => {
  const date = parse(iso);
  return date ? longDateTime().format(date) : iso;
};
export const formatTime = (iso: string) => {
  const date = parse(iso);
  return date ? timeOnly().format(date) : iso;
};

export function countryName(code: string): string {
  try {
    return regions()?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** A card's seat line; no seat free while some are held is not sold out (holds expire). */
export const seatsLeft = (free: number, held = 0) =>
  free <= 0 ? (held > 0 ? 'All seats held' : 'Sold out') : free === 1 ? '1 seat left' : `${free} seats left`;

/** "4:05" or "1:02:03" for a number of seconds. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const moneyFormats = new Map<string, Intl.NumberFormat>();
const moneyFormat = (currency: string) => {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat(undefined, { style: 'currency', currency });
    moneyFormats.set(currency, format);
  }
  return format;
};

/** Decimals of a currency's minor unit (EUR 2, JPY 0). */
export function minorDigits(currency: string): number {
  try {
    return moneyFormat(currency).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** 2500 → "25.00" for two digits, by string math (no float division). */
export function minorToDecimal(amount: number, digits: number): `${number}` {
  const sign = amount < 0 ? '-' : '';
  const text = String(Math.abs(Math.trunc(amount)));
  if (digits <= 0) return `${sign}${text}` as `${number}`;
  const padded = text.padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}` as `${number}`;
}

/** "€25.00" from integer minor units (2500, 'EUR'), formatted from an exact decimal string. */
export function formatMoney(amount: number, currency: string): string {
  try {
    return moneyFormat(currency).format(minorToDecimal(amount, minorDigits(currency)));
  } catch {
    return `${amount} ${currency}`;
  }
}

/** One formatter per zone, made on first use: each costs ~10 ms on a throttled phone, and a page formats several times. */
const zoneFormats = new Map<string, Intl.DateTimeFormat | null>();
function zoneFormat(timeZone: string | undefined): Intl.DateTimeFormat | null {
  if (timeZone === undefined) return longDateTime();
  let format = zoneFormats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short', timeZone });
    } catch {
      format = null; // not a zone this browser knows
    }
    zoneFormats.set(timeZone, format);
  }
  return format;
}

/** A date and time in the event's own zone, naming the zone ("Sat, 5 Dec 2026, 19:30 CET"). */
export function formatInZone(iso: string, timeZone: string | undefined): string {
  const date = parse(iso);
  if (!date) return iso;
  const format = zoneFormat(timeZone);
  if (!format) return longDateTime().format(date);
  return format.format(date) + (timeZone ? ` (${timeZone.replaceAll('_', ' ')})` : '');
}
