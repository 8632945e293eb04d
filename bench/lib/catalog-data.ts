import { type CatalogDocument, searchFields } from '@booking/catalog-search';

/** Deterministic pseudo-random numbers (mulberry32), so every run searches the same catalog. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const CITIES = [
  ['Amsterdam', 'NL', 52.3676, 4.9041, 'Europe/Amsterdam'],
  ['Rotterdam', 'NL', 51.9244, 4.4777, 'Europe/Amsterdam'],
  ['Utrecht', 'NL', 52.0907, 5.1214, 'Europe/Amsterdam'],
  ['Paris', 'FR', 48.8566, 2.3522, 'Europe/Paris'],
  ['Lyon', 'FR', 45.764, 4.8357, 'Europe/Paris'],
  ['Berlin', 'DE', 52.52, 13.405, 'Europe/Berlin'],
  ['München', 'DE', 48.1351, 11.582, 'Europe/Berlin'],
  ['Köln', 'DE', 50.9375, 6.9603, 'Europe/Berlin'],
  ['London', 'GB', 51.5072, -0.1276, 'Europe/London'],
  ['Manchester', 'GB', 53.4808, -2.2426, 'Europe/London'],
  ['Madrid', 'ES', 40.4168, -3.7038, 'Europe/Madrid'],
  ['Barcelona', 'ES', 41.3874, 2.1686, 'Europe/Madrid'],
  ['Lisboa', 'PT', 38.7223, -9.1393, 'Europe/Lisbon'],
  ['Roma', 'IT', 41.9028, 12.4964, 'Europe/Rome'],
  ['Milano', 'IT', 45.4642, 9.19, 'Europe/Rome'],
  ['Wien', 'AT', 48.2082, 16.3738, 'Europe/Vienna'],
  ['Praha', 'CZ', 50.0755, 14.4378, 'Europe/Prague'],
  ['København', 'DK', 55.6761, 12.5683, 'Europe/Copenhagen'],
  ['Stockholm', 'SE', 59.3293, 18.0686, 'Europe/Stockholm'],
  ['Bruxelles', 'BE', 50.8503, 4.3517, 'Europe/Brussels'],
] as const;
const CATEGORIES = ['music', 'theatre', 'comedy', 'sports', 'conference', 'festival', 'family', 'film'];
const SUBJECTS: Record<string, string[]> = {
  music: [
    'Jazz Night',
    'Symphony Orchestra',
    'Indie Rock Showcase',
    'Piano Recital',
    'Electronic Sessions',
    'Opera Gala',
  ],
  theatre: ['Hamlet', 'The Cherry Orchard', 'Improvised Theatre', 'Musical Revue', 'Dance Premiere'],
  comedy: ['Stand-up Comedy Night', 'Comedy Cellar', 'Late Laughs', 'Sketch Show'],
  sports: ['Marathon', 'Basketball Derby', 'Tennis Open', 'Cycling Classic', 'Football Friendly'],
  conference: ['TypeScript Summit', 'Data Engineering Day', 'Design Systems Forum', 'Cloud Native Meetup'],
  festival: ['Summer Festival', 'Food Truck Festival', 'Light Festival', 'Wine Harvest Fair'],
  family: ['Puppet Show', 'Science Circus', 'Magic Matinee', 'Kids Disco'],
  film: ['Film Noir Marathon', 'Documentary Week', 'Silent Film with Live Orchestra', 'Animation Shorts'],
};
const TAGS = [
  'outdoor',
  'indoor',
  'family-friendly',
  'live',
  'premiere',
  'late-night',
  'accessible',
  'free-drinks',
  'vegan',
  'english',
];
const VENUES = [
  'Concertgebouw',
  'Zénith',
  'Paradiso',
  'Arena',
  'Philharmonie',
  'Town Hall',
  'Warehouse',
  'Opera House',
  'Park Stage',
  'Cinema Royal',
];
const FILLER =
  'an evening of unforgettable moments with artists from around the world bring friends and family doors open early seats are limited tickets include a programme and the venue is easy to reach by public transport'.split(
    ' ',
  );

/** `count` published catalog documents spread over 20 cities, 8 categories and the next year. */
export function catalogDocuments(count: number, now: Date, seed = 42): CatalogDocument[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const docs: CatalogDocument[] = [];
  for (let i = 0; i < count; i++) {
    const [city, country, lat, lng, timeZone] = pick(CITIES);
    const category = pick(CATEGORIES);
    const startsAt = new Date(now.getTime() + Math.floor(next() * 365 * 24) * 3_600_000);
    const capacity = 50 + Math.floor(next() * 5000);
    const sold = Math.floor(next() * capacity);
    const held = Math.floor(next() * (capacity - sold) * 0.1);
    const priceMin = next() < 0.1 ? 0 : 500 + Math.floor(next() * 200) * 100;
    const description = Array.from({ length: 18 }, () => pick(FILLER)).join(' ');
    const base = {
      _id: `ev-${String(i).padStart(6, '0')}`,
      _position: i + 1,
      title: `${pick(SUBJECTS[category])} ${i % 97}`,
      description: `${description}.`,
      category,
      tags: [...new Set([pick(TAGS), pick(TAGS), pick(TAGS)])],
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
      timeZone,
      venue: {
        name: `${pick(VENUES)} ${city}`,
        city,
        country,
        location: { lat: lat + (next() - 0.5) * 0.2, lng: lng + (next() - 0.5) * 0.3 },
      },
      status: 'published' as const,
      organizerId: `org-${i % 50}`,
      currency: 'EUR',
      priceMin,
      priceMax: priceMin + Math.floor(next() * 100) * 100,
      capacity,
      held,
      sold,
      free: capacity - sold - held,
      popularity: sold + held,
      createdAt: now.toISOString(),
      publishedAt: now.toISOString(),
    };
    docs.push({ ...base, ...searchFields(base) });
  }
  return docs;
}
