import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CLOCK, type Clock, type SpaPrerender } from '@booking/platform';
import {
  type LandingCategory,
  type LandingEvent,
  type LandingEventList,
  catalogScreen,
  eventScreen,
} from './landing-html';
import { landingData } from './landing-data';

/** The catalog's first page as the SPA asks for it (web/src/features/catalog/catalog.api.ts, PAGE_SIZE). */
export const CATALOG_FIRST_PAGE = 24;

/**
 * The first screen of the two pages most visits start on — the catalog (`/`, no filters) and an
 * event's page — as HTML in index.html, so the largest paint needs no JavaScript, with the data it
 * shows for the SPA to start from (it would ask for the same; in demo mode also the demo personas
 * the header offers, so it is not drawn twice). The data comes from the public API,
 * asked in-process as an anonymous visitor: what anyone may see, nothing personal. Other routes,
 * and a page whose data is not there (an unknown or unpublished event), get index.html as it is.
 */
export function landingPrerender(app: NestFastifyApplication): SpaPrerender {
  const fastify = app.getHttpAdapter().getInstance();
  const clock = app.get<Clock>(CLOCK);
  const get = async <T>(url: string): Promise<T | undefined> => {
    const response = await fastify.inject({ method: 'GET', url, headers: { accept: 'application/json' } });
    return response.statusCode === 200 ? (response.json() as T) : undefined;
  };
  return async (url, languages) => {
    const [path, search = ''] = url.split('?', 2);
    const at = clock.now().getTime();
    if (path === '/' && search === '') {
      const [list, categories, personas] = await Promise.all([
        get<LandingEventList>(`/api/events?facets=true&limit=${CATALOG_FIRST_PAGE}&offset=0`),
        get<{ items: LandingCategory[] }>('/api/categories'),
        get<unknown>('/api/demo/personas'),
      ]);
      if (!list || !categories) return undefined;
      return (
        catalogScreen(list, categories.items, new Date(at), locale(languages)) +
        landingData({ path, at, limit: CATALOG_FIRST_PAGE, catalog: list, categories: categories.items, personas })
      );
    }
    const eventId = /^\/events\/([^/]+)$/.exec(path)?.[1];
    if (eventId !== undefined && search === '') {
      const [event, categories, personas] = await Promise.all([
        get<LandingEvent>(`/api/events/${eventId}`),
        get<{ items: LandingCategory[] }>('/api/categories'),
        get<unknown>('/api/demo/personas'),
      ]);
      const screen = event && categories && eventScreen(event, categories.items, locale(languages));
      if (!screen) return undefined;
      return screen + landingData({ path, at, event, categories: categories.items, personas });
    }
    return undefined;
  };
}

/** The first language of an Accept-Language header that Intl knows ("de-CH,de;q=0.9" → "de-CH"). */
export function locale(languages: string | undefined): string | undefined {
  const first = languages?.split(',')[0]?.split(';')[0]?.trim();
  if (!first || first === '*') return undefined;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([first])[0];
  } catch {
    return undefined;
  }
}
