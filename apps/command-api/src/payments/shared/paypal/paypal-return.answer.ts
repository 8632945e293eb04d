import { ApiProperty } from '@nestjs/swagger';
import { ProblemException, problem } from '@booking/platform';
import { PaymentAnswer } from '../../../booking/booking.answers';

/** PayPal's order ids: 17 capitals and digits today; a little room either way. */
export const PAYPAL_ORDER_ID = /^[A-Z0-9]{10,32}$/;

export const orderIdParam = {
  name: 'orderId',
  description: "PayPal's order id (the `token` PayPal adds to the return URL)",
  schema: { type: 'string', pattern: PAYPAL_ORDER_ID.source, minLength: 10, maxLength: 32 },
} as const;

/** A 400 before anything is asked of PayPal. */
export function checkOrderId(orderId: string): string {
  if (!PAYPAL_ORDER_ID.test(orderId))
    throw new ProblemException(
      problem(400, 'bad-order-id', 'Bad Request', 'orderId must be a PayPal order id (10 to 32 capitals and digits)'),
    );
  return orderId;
}

export class PayPalReturnAnswer extends PaymentAnswer {
  @ApiProperty({ description: 'Where the buyer goes back to (the booking page)', example: '/bookings/…' })
  returnUrl!: string;
}
