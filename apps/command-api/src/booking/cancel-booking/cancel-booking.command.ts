import type { BookingStatus, Money } from '@booking/domain';
import { RequestCommand } from '../../http/request-command';

export type CancelBookingData = Readonly<{ bookingId: string; reason?: string; ticketIds?: readonly string[] }>;
export type CancelBookingResult = {
  bookingId: string;
  status: BookingStatus;
  /** Every ticket no longer valid, this cancellation's and earlier ones'. */
  cancelledTicketIds: string[];
  /** What this cancellation asked to give back (none: nothing was paid, or nothing is due). */
  refund?: Money;
  position: bigint;
};

export class CancelBookingCommand extends RequestCommand<CancelBookingData, CancelBookingResult> {}
