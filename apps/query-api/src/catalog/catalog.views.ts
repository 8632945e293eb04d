import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REFUND_POLICIES } from '@booking/domain';

// What the catalog queries answer (event-views.ts builds them from the read models).
export const EVENT_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'published', 'cancelled', 'completed'];

class LocationView {
  @ApiProperty({ minimum: -90, maximum: 90 }) lat!: number;
  @ApiProperty({ minimum: -180, maximum: 180 }) lng!: number;
}

export class VenueView {
  @ApiProperty() name!: string;
  @ApiProperty() city!: string;
  @ApiProperty({ description: 'ISO 3166-1 alpha-2', example: 'PT' }) country!: string;
  @ApiPropertyOptional() address?: string;
  @ApiPropertyOptional({ type: LocationView }) location?: LocationView;
}

class ImageVariantView {
  @ApiProperty({ example: 'w800' }) name!: string;
  @ApiProperty({ example: '/media/events/…/w800.webp' }) url!: string;
  @ApiProperty({ type: 'integer' }) width!: number;
  @ApiProperty({ type: 'integer' }) height!: number;
}

export class ImageView {
  @ApiProperty() imageId!: string;
  @ApiProperty({ enum: ['cover', 'gallery'] }) role!: string;
  @ApiProperty() alt!: string;
  @ApiProperty({ type: [ImageVariantView] }) variants!: ImageVariantView[];
}

export class MoneyView {
  @ApiProperty({ type: 'integer', description: 'Minor units (cents)' }) amount!: number;
  @ApiProperty({ example: 'EUR' }) currency!: string;
}

export class PriceTierView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: MoneyView }) price!: MoneyView;
  @ApiPropertyOptional({
    description: 'Only with an access code that unlocks it; shown to the organizer and admins only',
  })
  hidden?: boolean;
}

export class GroupPriceView {
  @ApiProperty({ type: 'integer', minimum: 2, example: 10 }) minTickets!: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100, example: 15 }) percentOff!: number;
}

class SalesWindowView {
  @ApiProperty({ format: 'date-time' }) opensAt!: string;
  @ApiProperty({ format: 'date-time' }) closesAt!: string;
}

class SeatingSectionSummary {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['seated', 'standing'] }) kind!: string;
  @ApiProperty() priceTierId!: string;
  @ApiProperty({ type: 'integer' }) capacity!: number;
}

class SeatingSummaryView {
  @ApiProperty({ type: 'integer' }) planVersion!: number;
  @ApiProperty({ type: [SeatingSectionSummary] }) sections!: SeatingSectionSummary[];
}

export class EventSummaryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'music' }) category!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ type: VenueView }) venue!: VenueView;
  @ApiProperty({ enum: EVENT_STATUSES }) status!: string;
  @ApiProperty({ type: 'integer' }) capacity!: number;
  @ApiProperty({ type: 'integer', description: 'In active holds: they may free up' }) held!: number;
  @ApiProperty({ type: 'integer' }) free!: number;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiPropertyOptional({ type: ImageView }) cover?: ImageView;
  @ApiPropertyOptional({ example: 'EUR' }) currency?: string;
  @ApiPropertyOptional({ type: 'integer', description: 'Cheapest ticket, minor units' }) priceMin?: number;
  @ApiPropertyOptional({ type: 'integer', description: 'Dearest ticket, minor units' }) priceMax?: number;
}

export class AvailabilityView {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: 'integer' }) capacity!: number;
  @ApiProperty({ type: 'integer' }) held!: number;
  @ApiProperty({ type: 'integer' }) sold!: number;
  @ApiProperty({ type: 'integer' }) free!: number;
  @ApiPropertyOptional({ description: 'False once sales closed for good (the event was cancelled)' }) onSale?: boolean;
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    description: 'Places people on the waitlist wait for (absent when nobody waits); freed places go to them first',
  })
  waiting?: number;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'object' },
    description: 'Per section id: its counts',
  })
  sections?: Record<string, unknown>;
  @ApiProperty({ pattern: '^\\d+$', description: 'The read model’s log position' }) position!: string;
}

export class EventDetailView extends EventSummaryView {
  @ApiProperty() description!: string;
  @ApiProperty({ format: 'uuid' }) organizerId!: string;
  @ApiProperty({ type: [ImageView] }) images!: ImageView[];
  @ApiPropertyOptional({ format: 'date-time' }) endsAt?: string;
  @ApiPropertyOptional({ example: 'Europe/Lisbon' }) timeZone?: string;
  @ApiPropertyOptional({ type: [PriceTierView] }) priceTiers?: PriceTierView[];
  @ApiPropertyOptional({ type: SalesWindowView }) salesWindow?: SalesWindowView;
  @ApiPropertyOptional({ type: 'integer' }) maxTicketsPerOrder?: number;
  @ApiPropertyOptional({ type: 'integer' }) maxTicketsPerBuyer?: number;
  @ApiPropertyOptional({ description: 'Buyers may pick seats that leave one seat alone' }) allowLoneSeats?: boolean;
  @ApiPropertyOptional({ description: 'false: no waitlist when sold out' }) waitlist?: boolean;
  @ApiPropertyOptional({ type: 'integer', description: 'Minutes a waitlist offer holds its places' })
  waitlistOfferMinutes?: number;
  @ApiPropertyOptional({ type: [GroupPriceView], description: 'Group prices, smallest group first' })
  groupPrices?: GroupPriceView[];
  @ApiPropertyOptional({ enum: REFUND_POLICIES }) refundPolicy?: string;
  @ApiPropertyOptional() rejectionReason?: string;
  @ApiPropertyOptional() cancellationReason?: string;
  @ApiPropertyOptional({ format: 'date-time' }) publishedAt?: string;
  @ApiPropertyOptional({ type: SeatingSummaryView }) seating?: SeatingSummaryView;
  @ApiProperty({ type: AvailabilityView }) availability!: AvailabilityView;
}

class FacetCountView {
  @ApiProperty() value!: string;
  @ApiProperty({ type: 'integer' }) count!: number;
}

class PriceRangeView {
  @ApiProperty({ type: 'integer' }) min!: number;
  @ApiPropertyOptional({ type: 'integer', description: 'Exclusive; absent for the open-ended top range' }) max?: number;
}

class PriceFacetView {
  @ApiProperty({ type: PriceRangeView }) range!: PriceRangeView;
  @ApiProperty({ type: 'integer' }) count!: number;
}

class FacetsView {
  @ApiProperty({ type: [FacetCountView] }) category!: FacetCountView[];
  @ApiProperty({ type: [FacetCountView] }) tags!: FacetCountView[];
  @ApiProperty({ type: [FacetCountView] }) city!: FacetCountView[];
  @ApiProperty({ type: [PriceFacetView] }) price!: PriceFacetView[];
}

export class EventListView {
  @ApiProperty({ type: [EventSummaryView] }) items!: EventSummaryView[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
  @ApiPropertyOptional({ type: FacetsView, description: 'With ?facets=true' }) facets?: FacetsView;
}

class OrganizerEventView extends EventSummaryView {
  @ApiPropertyOptional() rejectionReason?: string;
}

export class OrganizerEventsView {
  @ApiProperty({ type: [OrganizerEventView] }) items!: OrganizerEventView[];
}

class QueuedEventView extends EventSummaryView {
  @ApiProperty({ format: 'uuid' }) organizerId!: string;
  @ApiPropertyOptional({ format: 'date-time' }) submittedAt?: string;
}

export class AdminEventsView {
  @ApiProperty({ type: [QueuedEventView] }) items!: QueuedEventView[];
}

const ANY_JSON = {
  oneOf: [
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'object' },
    { type: 'array', items: {} },
  ],
};

class FieldChangeView {
  @ApiProperty({ example: 'venue.city' }) field!: string;
  @ApiPropertyOptional({ ...ANY_JSON, description: 'Absent when the field was not set' }) before?: unknown;
  @ApiPropertyOptional({ ...ANY_JSON, description: 'Absent when the field was removed' }) after?: unknown;
}

export class ApprovalChangesView {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ enum: EVENT_STATUSES }) status!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty() timeZone!: string;
  @ApiProperty() firstReview!: boolean;
  @ApiPropertyOptional({ type: 'integer' }) approvedVersion?: number;
  @ApiPropertyOptional({ format: 'date-time' }) approvedAt?: string;
  @ApiPropertyOptional() approvedBy?: string;
  @ApiProperty({ type: [FieldChangeView] }) changes!: FieldChangeView[];
}

export class SeatingPlanView {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: 'integer' }) planVersion!: number;
  @ApiProperty({ type: 'integer' }) capacity!: number;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The plan as set (see PUT)' })
  plan!: Record<string, unknown>;
  @ApiProperty({ type: [PriceTierView] }) priceTiers!: PriceTierView[];
  @ApiProperty({ pattern: '^\\d+$' }) position!: string;
}

class TagCountView {
  @ApiProperty() tag!: string;
  @ApiProperty({ type: 'integer' }) count!: number;
}

export class TagSuggestionsView {
  @ApiProperty({ type: [TagCountView] }) items!: TagCountView[];
}
