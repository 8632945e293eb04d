import { type Actor, money, scenario } from '../kernel';
import { bookingDecider } from './booking.decider';
import type { BookingEvent, BookingPlaced } from './booking.events';
import type { IssueRefund } from './booking.commands';
import type { OpenRefund, RefundCommand, RefundEvent } from './refund';
import { refundDecider } from './refund.decide';

const now = new Date('2030-01-01T12:00:00.000Z');
const financeUser: Actor = { userId: 'fin', roles: ['finance'] };
const admin: Actor = { userId: 'root', roles: ['admin'] };
const alice: Actor = { userId: 'alice', roles: ['attendee'] };
const organizer: Actor = { userId: 'org', roles: ['organizer'] };
const policy: Actor = { userId: 'system:refund-payments', roles: [] };

describe('IssueRefund (booking stream): the cap', () => {
  const placed: BookingPlaced = {
    type: 'BookingPlaced',
    data: {
      bookingId: 'b1',
      eventId: 'e1',
      buyerId: 'alice',
      buyerName: 'Alice',
      buyerEmail: 'alice@example.com',
      holds: [{ holdId: 'h1', quantity: 1 }],
      tickets: [{ ticketId: 't1', holdId: 'h1', tierId: 's', tierName: 'S', price: money(4000, 'EUR') }],
      total: money(4000, 'EUR'),
      paymentDeadline: '2030-01-01T12:15:00.000Z',
    },
  };
  const confirmed: BookingEvent = {
    type: 'BookingConfirmed',
    data: {
      bookingId: 'b1',
      eventId: 'e1',
      buyerId: 'alice',
      holds: [],
      ticketIds: ['t1'],
      paymentId: 'p1',
      reason: 'paid',
    },
  };
  const requested = (amount: number): BookingEvent => ({
    type: 'RefundRequested',
    data: { bookingId: 'b1', buyerId: 'alice', paymentId: 'p1', amount: money(amount, 'EUR'), reason: 'goodwill' },
  });
  const issue = (amount: number, currency = 'EUR', actor = financeUser): IssueRefund => ({
    type: 'IssueRefund',
    data: { bookingId: 'b1', amount: money(amount, currency), reason: 'goodwill' },
    metadata: { now, actor },
  });
  const given = scenario(bookingDecider).given;

  it('asks back part and then the rest of the payment, by finance or an admin', () => {
    given([placed, confirmed])
      .when(issue(1500))
      .then([requested(1500)]);
    given([placed, confirmed, requested(1500)])
      .when(issue(2500, 'EUR', admin))
      .then([requested(2500)]);
  });

  it('never above what was paid minus what was asked back already (a cancellation refund counts)', () => {
    given([placed, confirmed]).when(issue(4001)).thenFails('refund.exceeds-paid');
    given([placed, confirmed, requested(1500)])
      .when(issue(2501))
      .thenFails('refund.exceeds-paid');
    given([placed, confirmed, requested(4000)])
      .when(issue(1))
      .thenFails('refund.exceeds-paid');
  });

  it('only in the payment’s currency, a positive amount, of a paid booking', () => {
    given([placed, confirmed]).when(issue(100, 'USD')).thenFails('refund.currency-mismatch');
    given([placed, confirmed]).when(issue(0)).thenFails('refund.bad-amount');
    given([placed]).when(issue(100)).thenFails('refund.nothing-paid');
    given([]).when(issue(100)).thenFails('booking.not-found');
  });

  it('caps a later cancellation’s refund to what the payment has left', () => {
    const cancel = {
      type: 'CancelBooking' as const,
      data: { bookingId: 'b1', reason: 'Rain', terms: { startsAt: '2030-06-01T20:00:00.000Z', organizerId: 'org' } },
      metadata: { now, actor: organizer },
    };
    const outcome = bookingDecider.decide(
      cancel,
      [placed, confirmed, requested(3000)].reduce(bookingDecider.evolve, bookingDecider.initialState()),
    );
    expect(outcome.find((e) => e.type === 'RefundRequested')?.data).toMatchObject({ amount: money(1000, 'EUR') });
    const nothingLeft = bookingDecider.decide(
      cancel,
      [placed, confirmed, requested(4000)].reduce(bookingDecider.evolve, bookingDecider.initialState()),
    );
    expect(nothingLeft.map((e) => e.type)).toEqual(['BookingCancelled']);
  });

  it('reads as unknown to anyone but finance and admins', () => {
    given([placed, confirmed])
      .when(issue(100, 'EUR', alice))
      .thenFails('booking.not-found');
    given([placed, confirmed])
      .when(issue(100, 'EUR', organizer))
      .thenFails('booking.not-found');
  });
});

describe('the refund stream: requested → sent → succeeded | failed → manual', () => {
  const ids = { refundId: 'r1', bookingId: 'b1', paymentId: 'p1' };
  const payment = {
    status: 'succeeded',
    amount: money(4000, 'EUR'),
    intentId: 'pi_1',
    chargeId: 'ch_1',
    provider: 'test-mode',
  };
  const cmd = <C extends RefundCommand>(type: C['type'], data: C['data'], actor = policy): C =>
    ({ type, data, metadata: { now, actor } }) as C;
  const open = (amount = 1500, currency = 'EUR', paid: OpenRefund['data']['payment'] = payment) =>
    cmd<OpenRefund>('OpenRefund', {
      ...ids,
      buyerId: 'alice',
      amount: money(amount, currency),
      reason: 'goodwill',
      payment: paid,
    });
  const opened: RefundEvent = {
    type: 'RefundOpened',
    data: {
      ...ids,
      buyerId: 'alice',
      amount: money(1500, 'EUR'),
      reason: 'goodwill',
      provider: 'test-mode',
      intentId: 'pi_1',
      chargeId: 'ch_1',
      idempotencyKey: 'refund-r1',
    },
  };
  const sent: RefundEvent = { type: 'RefundSent', data: { ...ids, providerRefundId: 're_1' } };
  const succeeded: RefundEvent = { type: 'RefundSucceeded', data: { ...ids, providerRefundId: 're_1' } };
  const failed: RefundEvent = {
    type: 'RefundFailed',
    data: { ...ids, providerRefundId: 're_1', reason: 'expired_or_canceled_card' },
  };
  const outcome = (status: 'succeeded' | 'failed', providerRefundId = 're_1') =>
    cmd('RecordRefundOutcome', {
      refundId: 'r1',
      providerRefundId,
      status,
      ...(status === 'failed' ? { reason: 'expired_or_canceled_card' } : {}),
    });
  const manual = (note = 'Bank transfer RF-1', actor = financeUser) =>
    cmd('ResolveRefundManually', { refundId: 'r1', note }, actor);
  const given = scenario(refundDecider).given;

  it('opens once, against the payment’s intent, with a key per refund', () => {
    given([]).when(open()).then([opened]);
    given([opened]).when(open()).then([]);
  });

  it('refuses a refund of a payment that took no money, in another currency, or above it', () => {
    given([])
      .when(open(1500, 'EUR', { status: 'failed' }))
      .thenFails('refund.payment-not-succeeded');
    given([]).when(open(1500, 'USD')).thenFails('refund.currency-mismatch');
    given([]).when(open(4001)).thenFails('refund.exceeds-paid');
  });

  it('moves forward only: sent, then the provider’s final word, once', () => {
    given([opened])
      .when(cmd('RecordRefundSent', { refundId: 'r1', providerRefundId: 're_1' }))
      .then([sent]);
    given([opened, sent])
      .when(cmd('RecordRefundSent', { refundId: 'r1', providerRefundId: 're_1' }))
      .then([]);
    given([opened, sent]).when(outcome('succeeded')).then([succeeded]);
    given([opened, sent]).when(outcome('failed')).then([failed]);
    given([opened, sent, succeeded]).when(outcome('succeeded')).then([]);
    given([opened, sent, succeeded]).when(outcome('failed')).then([]);
    given([opened, sent, failed]).when(outcome('failed')).then([]);
  });

  it('ignores a webhook for an unknown refund or another provider refund', () => {
    given([]).when(outcome('succeeded')).then([]);
    given([opened, sent]).when(outcome('succeeded', 're_other')).then([]);
  });

  it('records a failure webhook that came before the sent answer, and then the answer is a no-op', () => {
    given([opened]).when(outcome('failed')).then([failed]);
    given([opened, failed])
      .when(cmd('RecordRefundSent', { refundId: 'r1', providerRefundId: 're_1' }))
      .then([]);
  });

  it('resolves a failed refund by hand, with the note and who; nothing else', () => {
    given([opened, sent, failed])
      .when(manual())
      .then([{ type: 'RefundResolvedManually', data: { ...ids, note: 'Bank transfer RF-1', by: 'fin' } }]);
    given([opened, sent, failed]).when(manual('  ')).thenFails('refund.note-required');
    given([opened, sent, succeeded]).when(manual()).thenFails('refund.not-failed');
    given([opened, sent]).when(manual()).thenFails('refund.not-failed');
    given([]).when(manual()).thenFails('refund.not-found');
  });
});
