export { CatalogPage } from './CatalogPage';
export { EventPage } from './EventPage';
export { EventStatusBadge } from './EventStatusBadge';
export { catalogKeys, fetchEvent } from './catalog.api';
export { CATEGORIES, categoryOptions, type Category } from './categories';
export { REFUND_POLICY_LABELS, refundPolicyLabel, statusLabel } from './eventStatus';
export { REFUND_POLICIES } from './catalog.types';
export { coverOf, galleryOf, srcSetOf, variantOf } from './images';
export type {
  EventDetail,
  EventImage,
  EventStatus,
  EventSummary,
  Money,
  PriceTier,
  RefundPolicy,
  SalesWindow,
  Venue,
} from './catalog.types';
export { EventItemHeading } from './EventItemHeading';
