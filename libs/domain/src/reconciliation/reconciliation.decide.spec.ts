import { type Actor, scenario } from '../kernel';
import type { ProviderRecord } from './reconciliation.events';
import { MAX_STATEMENT_RECORDS } from './reconciliation.decide';
import { reconciliationDecider } from './reconciliation.decider';

const given = scenario(reconciliationDecider).given;

const finance: Actor = { userId: 'f-1', roles: ['finance'] };
const now = new Date('2027-03-10T12:00:00Z');
const record: ProviderRecord = {
  kind: 'charge',
  id: 'ch_1',
  intentId: 'pi_1',
  amount: { amount: 2500, currency: 'EUR' },
  status: 'succeeded',
  createdAt: '2027-03-02T10:00:00.000Z',
  paymentId: 'p-1',
  bookingId: 'b-1',
};
const data = {
  reconciliationId: 'r-1',
  provider: 'test-mode',
  from: '2027-03-01T00:00:00.000Z',
  to: '2027-03-10T00:00:00.000Z',
  coveredFrom: '2027-03-01T00:00:00.000Z',
  records: [record],
  truncated: false,
};
const command = (over: Partial<typeof data> = {}, actor: Actor = finance) => ({
  type: 'RecordProviderStatement' as const,
  data: { ...data, ...over },
  metadata: { now, actor },
});

describe('recording a provider statement', () => {
  it('records what the provider said, once', () => {
    given([])
      .when(command())
      .then([{ type: 'ProviderStatementRecorded', data }]);
    given([{ type: 'ProviderStatementRecorded', data }])
      .when(command())
      .then([]);
  });

  it('lets only finance and admins record one', () => {
    given([])
      .when(command({}, { userId: 'o-1', roles: ['organizer'] }))
      .thenFails('reconciliation.forbidden');
    given([])
      .when(command({}, { userId: 'a-1', roles: ['admin'] }))
      .then([{ type: 'ProviderStatementRecorded', data }]);
  });

  it('refuses a period that ends before it starts, lasts over 93 days, or has not begun', () => {
    given([])
      .when(command({ to: data.from }))
      .thenFails('reconciliation.period');
    given([])
      .when(command({ from: '2026-11-01T00:00:00.000Z' }))
      .thenFails('reconciliation.period-too-long');
    given([])
      .when(command({ from: '2027-03-11T00:00:00.000Z', to: '2027-03-12T00:00:00.000Z' }))
      .thenFails('reconciliation.period-in-future');
  });

  it('refuses a statement above its size', () => {
    given([])
      .when(command({ records: Array.from({ length: MAX_STATEMENT_RECORDS + 1 }, () => record) }))
      .thenFails('reconciliation.too-many-records');
  });
});
