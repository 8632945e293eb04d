import type { EventDetail, EventList } from '../features/catalog/catalog.types';
import type { DemoPersona } from '../features/auth/auth.types';
import type { Category } from '../features/categories';

/**
 * What the server put into index.html with a prerendered first screen (the standalone app's
 * `landing/landing-data.ts`): the answers that screen was drawn from, for the SPA to start from
 * instead of asking again. `path`: the page it is for; `at`: when it was read (epoch ms);
 * `limit`: the catalog page's size.
 */
export type LandingData = {
  path: string;
  at: number;
  limit?: number;
  catalog?: EventList;
  event?: EventDetail;
  categories?: Category[];
  /** In demo mode, the personas the header offers to sign in as. */
  personas?: { items: DemoPersona[] };
};

export const LANDING_DATA_ID = 'landing-data';

/** The landing data in this document, if any (and if it reads as such). */
export function readLandingData(doc: Pick<Document, 'getElementById'> | undefined = globalThis.document) {
  const text = doc?.getElementById(LANDING_DATA_ID)?.textContent;
  if (!text) return undefined;
  try {
    const data = JSON.parse(text) as unknown;
    return isLandingData(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

function isLandingData(data: unknown): data is LandingData {
  if (typeof data !== 'object' || data === null) return false;
  const { path, at } = data as Record<string, unknown>;
  return typeof path === 'string' && typeof at === 'number';
}
