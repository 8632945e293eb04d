import { type EventSchema, currentVersion, upcast } from './upcasting';

// A made-up event that changed twice:
// v1 { name }                       → v2 splits the name: { firstName, lastName }
// v2 { firstName, lastName }        → v3 adds a default: { firstName, lastName, locale }
const schema: EventSchema = {
  versions: { GuestRegistered: 3, GuestRemoved: 1 },
  upcasters: {
    GuestRegistered: {
      1: ({ name, ...rest }) => {
        const [firstName, ...others] = String(name).split(' ');
        return { ...rest, firstName, lastName: others.join(' ') };
      },
      2: (data) => ({ ...data, locale: 'en' }),
    },
  },
};

const v3 = { guestId: 'g1', firstName: 'Ada', lastName: 'King Lovelace', locale: 'en' };

describe('currentVersion', () => {
  it('reads the schema, and treats unknown types as version 1', () => {
    expect(currentVersion(schema, 'GuestRegistered')).toBe(3);
    expect(currentVersion(schema, 'GuestRemoved')).toBe(1);
    expect(currentVersion(schema, 'SomethingElse')).toBe(1);
  });
});

describe('upcast', () => {
  it('chains v1 → v2 → v3', () => {
    expect(upcast(schema, 'GuestRegistered', 1, { guestId: 'g1', name: 'Ada King Lovelace' })).toEqual(v3);
  });

  it('runs only the steps still needed (v2 → v3)', () => {
    expect(
      upcast(schema, 'GuestRegistered', 2, { guestId: 'g1', firstName: 'Ada', lastName: 'King Lovelace' }),
    ).toEqual(v3);
  });

  it('returns current data unchanged', () => {
    const data = { ...v3 };
    expect(upcast(schema, 'GuestRegistered', 3, data)).toBe(data);
    const removed = { guestId: 'g1' };
    expect(upcast(schema, 'GuestRemoved', 1, removed)).toBe(removed);
  });

  it('throws when a step is missing', () => {
    const gap: EventSchema = { versions: { GuestRegistered: 3 }, upcasters: { GuestRegistered: { 1: (d) => d } } };
    expect(() => upcast(gap, 'GuestRegistered', 1, {})).toThrow('No upcaster for GuestRegistered from version 2 to 3');
  });

  it('throws when the schema has no upcasters at all', () => {
    expect(() => upcast({ versions: { GuestRegistered: 2 } }, 'GuestRegistered', 1, {})).toThrow(
      'No upcaster for GuestRegistered from version 1 to 2',
    );
  });

  it('refuses data from a newer writer instead of guessing its shape', () => {
    expect(() => upcast(schema, 'GuestRegistered', 4, {})).toThrow(
      'GuestRegistered version 4 is newer than the known version 3',
    );
    expect(() => upcast(schema, 'SomethingElse', 2, {})).toThrow('newer');
  });

  it.each([0, -1, 1.5, NaN])('refuses the version %p', (version) => {
    expect(() => upcast(schema, 'GuestRegistered', version, {})).toThrow('Bad schema version');
  });
});
