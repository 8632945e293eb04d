import { type DomainEvent, eventSchema } from '../kernel';

/** Where and when a ticket was scanned: the door's label, the device, its clock (offline scans upload later). */
export type ScanPlace = Readonly<{
  /** The request's nonce: a retried request carries the same one and is not a second use. */
  scanNonce: string;
  gate: string;
  scannerId?: string;
  /** The device's time of the scan (ISO-8601), never later than the decision's time. */
  scannedAt: string;
}>;

/** A ticket's first use: the holder was let in. */
export type TicketCheckedIn = DomainEvent<
  'TicketCheckedIn',
  ScanPlace & {
    eventId: string;
    ticketId: string;
    bookingId: string;
    sectionId?: string;
    /** Scanned offline and uploaded later (the scanner admitted it without asking). */
    offline: boolean;
  }
>;

/**
 * A second use of a ticket. `first` is the earlier scan by device time, `second` the later one.
 * `admitted`: the second holder was let in too (an offline scanner could not know); an online
 * scan is refused at the door, and recorded all the same so the organizer sees the attempt.
 */
export type DoubleUseDetected = DomainEvent<
  'DoubleUseDetected',
  {
    eventId: string;
    ticketId: string;
    bookingId: string;
    /** The nonce of the scan this event answers (the later upload). */
    scanNonce: string;
    first: ScanPlace;
    second: ScanPlace;
    admitted: boolean;
  }
>;

export type CheckinEvent = TicketCheckedIn | DoubleUseDetected;
export type CheckinEventType = CheckinEvent['type'];

export const checkinSchema = eventSchema<CheckinEvent>({ TicketCheckedIn: 1, DoubleUseDetected: 1 });
export const checkinEventTypes = checkinSchema.eventTypes;
