import { type DomainEvent, type PersonalDataDeclaration, eventSchema } from '../kernel';

/**
 * An attendee asks the event's organizer for more places in one hold than the event's per-order
 * limit allows. `organizerId` is the event's organizer at the time: who may answer.
 */
export type GroupBookingRequested = DomainEvent<
  'GroupBookingRequested',
  {
    requestId: string;
    eventId: string;
    organizerId: string;
    requesterId: string;
    quantity: number;
    /** The per-order limit the request goes beyond. */
    maxPerOrder: number;
    message: string;
  }
>;
/** The organizer (or an admin) lets the requester hold up to `quantity` places in one hold until `validUntil`. */
export type GroupBookingApproved = DomainEvent<
  'GroupBookingApproved',
  {
    requestId: string;
    eventId: string;
    requesterId: string;
    quantity: number;
    by: string;
    reason: string;
    validUntil: string;
  }
>;
export type GroupBookingDeclined = DomainEvent<
  'GroupBookingDeclined',
  { requestId: string; eventId: string; requesterId: string; by: string; reason: string }
>;
/** The approval was spent on a hold (once). */
export type GroupGrantUsed = DomainEvent<
  'GroupGrantUsed',
  { requestId: string; eventId: string; requesterId: string; holdId: string; quantity: number }
>;
/** The hold the approval was spent on was refused (no such seats left): the approval may be used again. */
export type GroupGrantReturned = DomainEvent<
  'GroupGrantReturned',
  { requestId: string; eventId: string; requesterId: string; holdId: string; reason: string }
>;

export type GroupRequestEvent =
  GroupBookingRequested | GroupBookingApproved | GroupBookingDeclined | GroupGrantUsed | GroupGrantReturned;
export type GroupRequestEventType = GroupRequestEvent['type'];

/** The requester's message is their personal data (docs/personal-data.md). */
export const groupRequestPersonalData: PersonalDataDeclaration<GroupRequestEvent> = {
  GroupBookingRequested: { subject: 'requesterId', fields: ['message'] },
};

export const groupRequestSchema = eventSchema<GroupRequestEvent>(
  {
    GroupBookingRequested: 1,
    GroupBookingApproved: 1,
    GroupBookingDeclined: 1,
    GroupGrantUsed: 1,
    GroupGrantReturned: 1,
  },
  { personal: groupRequestPersonalData },
);
export const groupRequestEventTypes = groupRequestSchema.eventTypes;
