import type { BookingStatus, Money } from '@booking/domain';
import { RequestCommand } from '../../http/request-command';

export type PayBookingData = Readonly<{ bookingId: string; cardNumber: string }>;
export type PayBookingResult = {
  paymentId: string;
  bookingId: string;
  status: 'succeeded' | 'declined';
  reason?: string;
  amount: Money;
  bookingStatus: BookingStatus;
  position: bigint;
};

export class PayBookingCommand extends RequestCommand<PayBookingData, PayBookingResult> {}
