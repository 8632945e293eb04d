// EventPage is not re-exported: the router imports it by path, and it draws the seat map, which reads this index.
export { CatalogPage } from './CatalogPage';
export { EventStatusBadge } from './EventStatusBadge';
export { catalogKeys, fetchEvent } from './catalog.api';
export { REFUND_POLICY_LABELS, refundPolicyLabel, statusLabel } from './eventStatus';
export { REFUND_POLICIES } from './catalog.types';
export { coverOf, galleryOf, srcSetOf, variantOf } from './images';
export type {
  EventDetail,
  GroupPrice,
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
