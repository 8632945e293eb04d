import { CATEGORIES } from '../catalog';
import type { FieldError } from '../../lib/api';
import type { CreateEventRequest } from './organizer.api';

export type EventFormValues = {
  title: string;
  description: string;
  category: string;
  startsAt: string; // datetime-local value, in the user's time zone
  venueName: string;
  venueCity: string;
  venueCountry: string;
  capacity: number | string;
};

export type EventFormField = keyof EventFormValues;
export type EventFormErrors = Partial<Record<EventFormField, string>>;

export const MAX_CAPACITY = 100_000;

export const emptyEventForm: EventFormValues = {
  title: '',
  description: '',
  category: '',
  startsAt: '',
  venueName: '',
  venueCity: '',
  venueCountry: '',
  capacity: 100,
};

const required = (value: string, label: string) => (value.trim() === '' ? `${label} is required.` : undefined);

/** Client-side checks mirror the API's so most mistakes are caught before a round trip. */
export function validateEventForm(v: EventFormValues, now = new Date()): EventFormErrors {
  const errors: EventFormErrors = {};
  errors.title =
    required(v.title, 'Title') ?? (v.title.trim().length > 200 ? 'Keep the title under 200 characters.' : undefined);
  errors.description = v.description.length > 5000 ? 'Keep the description under 5000 characters.' : undefined;
  errors.category = (CATEGORIES as readonly string[]).includes(v.category) ? undefined : 'Choose a category.';
  const starts = new Date(v.startsAt);
  errors.startsAt =
    required(v.startsAt, 'Start date and time') ??
    (Number.isNaN(starts.getTime())
      ? 'Enter a valid date and time.'
      : starts <= now
        ? 'The event must start in the future.'
        : undefined);
  errors.venueName = required(v.venueName, 'Venue name');
  errors.venueCity = required(v.venueCity, 'City');
  errors.venueCountry = /^[A-Za-z]{2}$/.test(v.venueCountry.trim())
    ? undefined
    : 'Use a two-letter country code, e.g. GB.';
  const capacity = Number(v.capacity);
  errors.capacity =
    v.capacity === '' || !Number.isInteger(capacity) || capacity < 1 || capacity > MAX_CAPACITY
      ? `Capacity must be a whole number from 1 to ${MAX_CAPACITY.toLocaleString()}.`
      : undefined;
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message)) as EventFormErrors;
}

export function toCreateEventRequest(v: EventFormValues): CreateEventRequest {
  return {
    title: v.title.trim(),
    description: v.description.trim(),
    category: v.category,
    startsAt: new Date(v.startsAt).toISOString(),
    venue: { name: v.venueName.trim(), city: v.venueCity.trim(), country: v.venueCountry.trim().toUpperCase() },
    capacity: Number(v.capacity),
  };
}

const serverFields: Record<string, EventFormField> = {
  title: 'title',
  description: 'description',
  category: 'category',
  startsAt: 'startsAt',
  capacity: 'capacity',
  'venue.name': 'venueName',
  'venue.city': 'venueCity',
  'venue.country': 'venueCountry',
};

/** Splits a problem's `errors[]` into messages per form field and those that fit no field. */
export function mapServerErrors(errors: FieldError[]): { byField: EventFormErrors; other: FieldError[] } {
  const byField: EventFormErrors = {};
  const other: FieldError[] = [];
  for (const error of errors) {
    const field = serverFields[error.field.replace(/^body\./, '')];
    if (field) byField[field] = byField[field] ? `${byField[field]} ${error.message}` : error.message;
    else other.push(error);
  }
  return { byField, other };
}

/** The datetime-local value for "now" in the user's zone (for the input's `min`). */
export function localDateTimeNow(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}
