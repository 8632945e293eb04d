import { randomUUID } from 'node:crypto';
import { DomainError } from './domain-error';
import { EventId, HoldId, UserId, isUuid } from './ids';

describe('isUuid', () => {
  it.each([
    '123e4567-e89b-12d3-a456-426614174000', // v1
    '0190b5a5-2f1e-7cc3-9f8e-3c6a1b2d4e5f', // v7
    'F47AC10B-58CC-4372-A567-0E02B2C3D479', // upper case
    '6ba7b810-9dad-81d1-b1b4-00c04fd430c8', // v8
  ])('accepts %s', (value) => {
    expect(isUuid(value)).toBe(true);
  });

  it('accepts what randomUUID makes', () => {
    for (let i = 0; i < 100; i++) expect(isUuid(randomUUID())).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['nil uuid', '00000000-0000-0000-0000-000000000000'],
    ['version 0', 'f47ac10b-58cc-0372-a567-0e02b2c3d479'],
    ['version 9', 'f47ac10b-58cc-9372-a567-0e02b2c3d479'],
    ['bad variant', 'f47ac10b-58cc-4372-c567-0e02b2c3d479'],
    ['no dashes', 'f47ac10b58cc4372a5670e02b2c3d479'],
    ['braces', '{f47ac10b-58cc-4372-a567-0e02b2c3d479}'],
    ['too long', 'f47ac10b-58cc-4372-a567-0e02b2c3d4790'],
    ['non-hex', 'g47ac10b-58cc-4372-a567-0e02b2c3d479'],
    ['surrounding space', ' f47ac10b-58cc-4372-a567-0e02b2c3d479'],
    ['trailing newline', 'f47ac10b-58cc-4372-a567-0e02b2c3d479\n'],
  ])('refuses %s', (_label, value) => {
    expect(isUuid(value)).toBe(false);
  });

  it.each([undefined, null, 42, {}, ['f47ac10b-58cc-4372-a567-0e02b2c3d479']])('refuses the non-string %p', (value) => {
    expect(isUuid(value)).toBe(false);
  });
});

describe.each([
  ['EventId', EventId, 'event id'],
  ['HoldId', HoldId, 'hold id'],
  ['UserId', UserId, 'user id'],
] as const)('%s', (_name, parse, label) => {
  it('returns the id in lower case', () => {
    expect(parse('F47AC10B-58CC-4372-A567-0E02B2C3D479')).toBe('f47ac10b-58cc-4372-a567-0e02b2c3d479');
    expect(parse('f47ac10b-58cc-4372-a567-0e02b2c3d479')).toBe('f47ac10b-58cc-4372-a567-0e02b2c3d479');
  });

  it('refuses a non-UUID with a validation error naming the id', () => {
    let caught: unknown;
    try {
      parse('event-1');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect(caught).toMatchObject({ kind: 'validation', code: 'id.invalid' });
    expect((caught as Error).message).toContain(label);
    expect((caught as Error).message).toContain('"event-1"');
  });
});

it('keeps branded ids apart at compile time', () => {
  const eventId: EventId = EventId(randomUUID());
  // @ts-expect-error a plain string is not an EventId
  const fromString: EventId = 'f47ac10b-58cc-4372-a567-0e02b2c3d479';
  // @ts-expect-error a HoldId is not an EventId
  const fromHold: EventId = HoldId(randomUUID());
  const asString: string = eventId; // a branded id still reads as a string
  expect([fromString, fromHold, asString]).toHaveLength(3);
});
