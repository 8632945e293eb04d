import type {
  BookingGroupPrice,
  BookingPromo,
  BookingStatus,
  BookingTicket,
  InvoiceAddress,
  Money,
} from '@booking/domain';
import { RequestCommand } from '../../http/request-command';

export type CheckoutHold = Readonly<{
  holdId: string;
  sectionId?: string;
  tierId?: string;
  attendeeNames?: string[];
  attendeeEmails?: string[];
}>;

/** What the request gives; the handler mints the ids, reads the holds and prices them from the catalog. */
export type PlaceBookingData = Readonly<{
  eventId: string;
  holds: readonly CheckoutHold[];
  buyer: Readonly<{ name: string; email: string }>;
  /** A promo code of the event's organizer, as the buyer typed it. */
  promoCode?: string;
  /** The address the invoice names (personal data); asks for an invoice of a free booking too. */
  invoiceAddress?: InvoiceAddress;
}>;
export type PlaceBookingResult = {
  bookingId: string;
  eventId: string;
  status: BookingStatus;
  tickets: BookingTicket[];
  promo?: BookingPromo;
  group?: BookingGroupPrice;
  total: Money;
  paymentDeadline: string;
  position: bigint;
};

export class PlaceBookingCommand extends RequestCommand<PlaceBookingData, PlaceBookingResult> {}
