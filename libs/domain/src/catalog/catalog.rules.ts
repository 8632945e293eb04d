import { DomainError } from '../kernel';

export const CATEGORIES = ['music', 'theatre', 'comedy', 'sports', 'conference', 'festival', 'family', 'film'] as const;
export const MAX_CAPACITY = 200_000;

export function requireText(field: string, value: string, min: number, max: number): string {
  const text = value.trim();
  if (text.length < min || text.length > max) {
    throw DomainError.validation('catalog.invalid-field', `${field} must be ${min} to ${max} characters`, { field });
  }
  return text;
}

export function requireFutureTime(field: string, iso: string, now: Date): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) {
    throw DomainError.validation('catalog.invalid-field', `${field} must be an ISO 8601 date-time`, { field });
  }
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

export function requireCategory(category: string): string {
  if (!(CATEGORIES as readonly string[]).includes(category)) {
    throw DomainError.validation('catalog.unknown-category', `category must be one of ${CATEGORIES.join(', ')}`, {
      field: 'category',
    });
  }
  return category;
}
