import { DomainError } from '../kernel';

export const MAX_CAPACITY = 200_000;

export function requireText(field: string, value: string, min: number, max: number): string {
  const text = value.trim();
  if (text.length < min || text.length > max) {
    throw DomainError.validation('catalog.invalid-field', `${field} must be ${min} to ${max} characters`, { field });
  }
  return text;
}

/**
 * An RFC 3339 date-time with an explicit offset ("2030-06-01T20:00:00Z", "…+02:00"). Without an
 * offset Date reads local time, so the result would depend on the server's time zone; and Date
 * rolls impossible dates over ("02-30" becomes March 2) instead of rejecting them.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isDateTime(iso: string): boolean {
  const match = DATE_TIME.exec(iso);
  if (!match) return false;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= days &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 23 &&
    offsetMinutes <= 59
  );
}

export function requireFutureTime(field: string, iso: string, now: Date): string {
  if (typeof iso !== 'string' || !isDateTime(iso)) {
    throw DomainError.validation('catalog.invalid-field', `${field} must be an ISO 8601 date-time with an offset`, {
      field,
    });
  }
  const time = new Date(iso);
  if (time.getTime() <= now.getTime()) {
    throw DomainError.validation('catalog.time-in-past', `${field} must be in the future`, { field });
  }
  return time.toISOString();
}

export function requireCapacity(capacity: number): number {
  if (!Number.isSafeInteger(capacity) || capacity < 1 || capacity > MAX_CAPACITY) {
    throw DomainError.validation('catalog.invalid-field', `capacity must be a whole number from 1 to ${MAX_CAPACITY}`, {
      field: 'capacity',
    });
  }
  return capacity;
}

/** `allowed`: the managed list's active slugs, which the command carries (the domain reads no other stream). */
export function requireCategory(category: string, allowed: readonly string[]): string {
  if (typeof category !== 'string' || !allowed.includes(category)) {
    const list = [...allowed];
    throw DomainError.validation(
      'catalog.unknown-category',
      `category must be one of ${list.length > 0 ? list.join(', ') : '(none: ask an admin to add a category)'}`,
      { field: 'category', allowed: list },
    );
  }
  return category;
}
