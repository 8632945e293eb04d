export const CATALOG_CATEGORY = 'catalog_event';
export const catalogStream = (eventId: string) => `${CATALOG_CATEGORY}-${eventId}`;
