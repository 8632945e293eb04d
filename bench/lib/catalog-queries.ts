import type { CatalogQuery } from '@booking/catalog-search';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The typical catalog queries every catalog benchmark runs (paths of `GET /api/events`). */
export const CATALOG_QUERIES: Record<string, string> = {
  'plain list': '/api/events',
  text: '/api/events?q=jazz',
  'text, typo': '/api/events?q=symphny',
  'text + category': '/api/events?q=night&category=music',
  'category + dates': `/api/events?category=music&from=${day(30)}&to=${day(60)}`,
  'date range': `/api/events?from=${day(30)}&to=${day(60)}`,
  'city, by popularity': '/api/events?city=Paris&sort=popularity',
  'price range, by price': '/api/events?priceMin=1000&priceMax=3000&sort=price',
  'near + 25 km': '/api/events?lat=52.37&lng=4.9&radiusKm=25',
  facets: '/api/events?facets=true',
  'text + facets': '/api/events?q=festival&facets=true',
};

/** The query string of `GET /api/events` as a CatalogQuery (public visibility), as the API reads it. */
export function toCatalogQuery(params: URLSearchParams): CatalogQuery {
  const num = (name: string) => (params.has(name) ? Number(params.get(name)) : undefined);
  const text = (name: string) => params.get(name) ?? undefined;
  const lat = num('lat');
  const lng = num('lng');
  return {
    q: text('q'),
    category: text('category'),
    tags: params.has('tags') ? params.getAll('tags') : undefined,
    from: text('from'),
    to: text('to'),
    city: text('city'),
    near: lat !== undefined && lng !== undefined ? { lat, lng, radiusKm: num('radiusKm') ?? 25 } : undefined,
    priceMin: num('priceMin'),
    priceMax: num('priceMax'),
    available: params.get('available') === 'true' ? true : undefined,
    sort: text('sort') as CatalogQuery['sort'],
    limit: num('limit') ?? 20,
    offset: num('offset') ?? 0,
    visibility: 'public',
    facets: params.get('facets') === 'true',
  };
}
