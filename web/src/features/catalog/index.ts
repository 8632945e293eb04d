export { CatalogPage } from './CatalogPage';
export { EventPage } from './EventPage';
export { catalogKeys } from './catalog.api';
export { CATEGORIES, categoryOptions, type Category } from './categories';
export type { EventDetail, EventSummary, Venue } from './catalog.types';
