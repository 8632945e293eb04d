import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DomainError, paymentStream } from '@booking/domain';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import type { RefundDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { historyEvent, moneyStreamsOf } from '../history';
import type { MoneyHistoryView } from '../ledger.views';
import { type HistorySubject, MoneyHistoryQuery } from './money-history.query';

/**
 * The one query answered from the log itself, not a read model: an audit must show what was
 * recorded, not what a projection made of it (docs/ledger.md, "History"). It reads the booking's
 * stream, the payment and refund streams that stream names, and the booking's invoice documents.
 */
@QueryHandler(MoneyHistoryQuery)
export class MoneyHistoryHandler implements IQueryHandler<MoneyHistoryQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readModels: ReadModels,
  ) {}

  async execute({ args: { subject } }: MoneyHistoryQuery): Promise<MoneyHistoryView> {
    const bookingId = await this.bookingOf(subject);
    const found = await moneyStreamsOf(this.store, bookingId);
    if (!found) throw DomainError.notFound('history.not-found', `No booking ${bookingId}`);
    return { bookingId, streams: found.streams, events: found.events.map(historyEvent) };
  }

  private async bookingOf(subject: HistorySubject): Promise<string> {
    if ('bookingId' in subject) return subject.bookingId;
    if ('paymentId' in subject) {
      const [first] = await this.store.readStream(paymentStream(subject.paymentId), { maxCount: 1 });
      const bookingId = (first?.data as { bookingId?: unknown } | undefined)?.bookingId;
      if (typeof bookingId !== 'string') {
        throw DomainError.notFound('history.not-found', `No payment ${subject.paymentId}`);
      }
      return bookingId;
    }
    const refund = await this.readModels.findById<RefundDoc>('refunds', subject.refundId);
    if (!refund) throw DomainError.notFound('history.not-found', `No refund ${subject.refundId}`);
    return refund.bookingId;
  }
}
