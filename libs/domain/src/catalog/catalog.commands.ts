import type { DomainCommand } from '../kernel';
import type { EventDetails, EventImage, Venue } from './catalog.events';
import type { SeatingPlan, Sold } from './seating';

export type CreateEvent = DomainCommand<
  'CreateEvent',
  {
    eventId: string;
    title: string;
    description: string;
    category: string;
    startsAt: string;
    venue: Venue;
    capacity: number;
    /** Anything else the organizer already knows (tags, prices, sales window, ...). */
    details?: EventDetails;
  }
>;
export type UpdateEventDetails = DomainCommand<'UpdateEventDetails', { eventId: string; changes: EventDetails }>;
export type SubmitEvent = DomainCommand<'SubmitEvent', { eventId: string }>;
export type WithdrawSubmission = DomainCommand<'WithdrawSubmission', { eventId: string }>;
export type ApproveEvent = DomainCommand<'ApproveEvent', { eventId: string }>;
export type RejectEvent = DomainCommand<'RejectEvent', { eventId: string; reason: string }>;
export type PublishEvent = DomainCommand<'PublishEvent', { eventId: string }>;
export type CancelEvent = DomainCommand<'CancelEvent', { eventId: string; reason: string }>;
export type CompleteEvent = DomainCommand<'CompleteEvent', { eventId: string }>;

export type AddEventImage = DomainCommand<'AddEventImage', { eventId: string; image: EventImage }>;
export type RemoveEventImage = DomainCommand<'RemoveEventImage', { eventId: string; imageId: string }>;
export type ChangeEventImageAlt = DomainCommand<
  'ChangeEventImageAlt',
  { eventId: string; imageId: string; alt: string }
>;
export type ReorderGallery = DomainCommand<'ReorderGallery', { eventId: string; imageIds: string[] }>;
export type EventImageCommand = AddEventImage | RemoveEventImage | ChangeEventImageAlt | ReorderGallery;

/** `sold`: places buyers have on a published event, read from its inventory by the handler. */
export type SetSeatingPlan = DomainCommand<'SetSeatingPlan', { eventId: string; plan: SeatingPlan; sold: Sold }>;
export type ClearSeatingPlan = DomainCommand<'ClearSeatingPlan', { eventId: string }>;

export type CatalogCommand =
  | CreateEvent
  | UpdateEventDetails
  | SubmitEvent
  | WithdrawSubmission
  | ApproveEvent
  | RejectEvent
  | PublishEvent
  | CancelEvent
  | CompleteEvent
  | EventImageCommand
  | SetSeatingPlan
  | ClearSeatingPlan;
