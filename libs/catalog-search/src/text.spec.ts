import { searchFields } from './catalog-document';
import { and } from './catalog-query';
import { boundingBoxFilter, haversineKm } from './geo';
import { fuzzyKeys, fuzzyTermsOf, prefixes, words } from './text';

const fuzzyMatch = (query: string, term: string) => fuzzyKeys(query).some((key) => fuzzyTermsOf(term).includes(key));

describe('catalog text', () => {
  it('folds case, accents and ligatures into words', () => {
    expect(words("Zénith Paris-Bercy, L'ŒUVRE Straße København")).toEqual([
      'zenith',
      'paris',
      'bercy',
      'l',
      'oeuvre',
      'strasse',
      'kobenhavn',
    ]);
  });

  it('indexes prefixes from two characters and the whole word', () => {
    expect(prefixes('jazz')).toEqual(['jazz', 'ja', 'jaz']);
    expect(prefixes('a')).toEqual(['a']);
  });

  it('accepts one insertion, deletion, substitution or transposition from five characters', () => {
    expect(fuzzyMatch('symphny', 'symphony')).toBe(true); // deletion
    expect(fuzzyMatch('symphoony', 'symphony')).toBe(true); // insertion
    expect(fuzzyMatch('symphomy', 'symphony')).toBe(true); // substitution
    expect(fuzzyMatch('sypmhony', 'symphony')).toBe(true); // transposition
    expect(fuzzyMatch('jazzz', 'jazz')).toBe(true);
    expect(fuzzyMatch('simfony', 'symphony')).toBe(false);
  });

  it('derives the search fields of a document', () => {
    const fields = searchFields({
      title: 'Jazz',
      description: 'Live',
      tags: ['late-night'],
      venue: { name: 'Zénith', city: 'Den  Haag' },
      startsAt: '2027-03-01T19:00:00.000Z',
      endsAt: '2027-03-01T22:00:00.000Z',
    });
    expect(fields.cityKey).toBe('den haag');
    expect(fields.listedUntil).toBe('2027-03-01T22:00:00.000Z');
    expect(fields.searchTerms).toEqual(expect.arrayContaining(['ja', 'jazz', 'zenith', 'ze', 'late', 'night', 'haag']));
    expect(fields.fuzzyTerms).toEqual(expect.arrayContaining(['zenith', 'enith', 'zeith', 'jazz', 'night', 'nigh']));
  });

  it('lists an event without an end until it starts', () => {
    const doc = { title: 'Talk', description: '', tags: [], venue: { name: 'Hall', city: 'Lyon' } };
    expect(searchFields({ ...doc, startsAt: '2027-03-01T19:00:00.000Z' }).listedUntil).toBe('2027-03-01T19:00:00.000Z');
  });

  it('merges conditions at the top level until keys collide', () => {
    expect(and([{ status: 'published' }, { $or: [{ a: 1 }] }, { $or: [{ b: 1 }] }, { _id: { $in: ['x'] } }])).toEqual({
      status: 'published',
      $or: [{ a: 1 }],
      _id: { $in: ['x'] },
      $and: [{ $or: [{ b: 1 }] }],
    });
  });
});

describe('catalog geo', () => {
  it('measures great-circle distances', () => {
    expect(haversineKm({ lat: 52.3676, lng: 4.9041 }, { lat: 51.9244, lng: 4.4777 })).toBeCloseTo(57.4, 0);
  });

  it('bounds a circle by a box, across the antimeridian and around a pole', () => {
    const box = boundingBoxFilter({ lat: 0, lng: 0 }, 111.2);
    expect(box['venue.location.lat']).toEqual({ $gte: expect.closeTo(-1, 2), $lte: expect.closeTo(1, 2) });
    expect(boundingBoxFilter({ lat: 0, lng: 179.5 }, 111.2).$or).toEqual([
      { 'venue.location.lng': { $gte: expect.closeTo(178.5, 2) } },
      { 'venue.location.lng': { $lte: expect.closeTo(-179.5, 2) } },
    ]);
    expect(Object.keys(boundingBoxFilter({ lat: 89.5, lng: 0 }, 200))).toEqual(['venue.location.lat']);
  });
});
