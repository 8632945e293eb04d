/**
 * The data a prerendered page shows, for the SPA to start from (web/src/app/landingData.ts reads it):
 * JSON in a non-executed script element, so a Content-Security-Policy without inline scripts allows
 * it. `<` is escaped so no value can close the element; `at` is when it was read (the SPA's cache
 * takes it as the answer's time, so it is refetched once stale).
 */
export type LandingData = {
  path: string;
  at: number;
  limit?: number;
  catalog?: unknown;
  event?: unknown;
  categories?: unknown;
  /** GET /api/demo/personas, in demo mode. */
  personas?: unknown;
};

export const LANDING_DATA_ID = 'landing-data';

export function landingData(data: LandingData): string {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${LANDING_DATA_ID}">${json}</script>`;
}
