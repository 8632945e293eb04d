import { DomainError } from './domain-error';

declare const brand: unique symbol;
/** A string that the type system keeps apart from other strings. */
export type Branded<T, Name extends string> = T & { readonly [brand]: Name };

export type EventId = Branded<string, 'EventId'>;
export type HoldId = Branded<string, 'HoldId'>;
export type UserId = Branded<string, 'UserId'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

function parser<Id extends string>(name: string) {
  return (value: string): Id => {
    if (!isUuid(value)) throw DomainError.validation('id.invalid', `${name} must be a UUID, got "${value}"`);
    return value.toLowerCase() as Id;
  };
}

export const EventId = parser<EventId>('event id');
export const HoldId = parser<HoldId>('hold id');
export const UserId = parser<UserId>('user id');
