import { type Actor, money, scenario } from '../kernel';
import { type PaymentEvent, type RecordPayment } from './payment';
import { paymentDecider } from './payment.decide';

const actor: Actor = { userId: 'alice', roles: ['attendee'] };
const amount = money(4000, 'EUR');
const record = (outcome: RecordPayment['data']['outcome']): RecordPayment => ({
  type: 'RecordPayment',
  data: { paymentId: 'p1', bookingId: 'b1', amount, provider: 'test-mode', outcome },
  metadata: { now: new Date('2030-01-01T00:00:00Z'), actor },
});
const succeeded: PaymentEvent = {
  type: 'PaymentSucceeded',
  data: { paymentId: 'p1', bookingId: 'b1', amount, provider: 'test-mode', reference: 'r1' },
};
const failed: PaymentEvent = {
  type: 'PaymentFailed',
  data: { paymentId: 'p1', bookingId: 'b1', amount, provider: 'test-mode', reason: 'card_declined' },
};
const given = scenario(paymentDecider).given;

describe('RecordPayment', () => {
  it("records the provider's answer once", () => {
    given([])
      .when(record({ status: 'succeeded', reference: 'r1' }))
      .then([succeeded]);
    given([])
      .when(record({ status: 'declined', reason: 'card_declined' }))
      .then([failed]);
    given([succeeded])
      .when(record({ status: 'succeeded', reference: 'r1' }))
      .then([]);
  });

  it('refuses a different answer for a recorded payment', () => {
    given([failed])
      .when(record({ status: 'succeeded', reference: 'r1' }))
      .thenFails('payment.already-recorded');
  });
});
