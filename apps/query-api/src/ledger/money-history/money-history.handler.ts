import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { bookingStream, invoiceDocsStream, paymentStream, refundStream } from '@booking/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@booking/event-store';
import { DomainError } from '@booking/domain';
import type { RefundDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import type { HistoryEventView, MoneyHistoryView } from '../ledger.views';
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
    const booking = await this.store.readStream(bookingStream(bookingId));
    if (booking.length === 0) throw DomainError.notFound('history.not-found', `No booking ${bookingId}`);
    const paymentIds = new Set<string>();
    const refundIds = new Set<string>();
    for (const event of booking) {
      const paymentId = (event.data as { paymentId?: unknown }).paymentId;
      if (typeof paymentId === 'string') paymentIds.add(paymentId);
      if (event.type === 'RefundRequested') refundIds.add(event.id);
    }
    const streams = [
      bookingStream(bookingId),
      ...[...paymentIds].map(paymentStream),
      ...[...refundIds].map(refundStream),
      invoiceDocsStream(bookingId),
    ];
    const others = await Promise.all(streams.slice(1).map((stream) => this.store.readStream(stream)));
    const events = [booking, ...others].flat().sort((a, b) => (a.position < b.position ? -1 : 1));
    return {
      bookingId,
      streams: streams.filter((_, i) => (i === 0 ? true : others[i - 1]!.length > 0)),
      events: events.map(historyEvent),
    };
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

function historyEvent(event: RecordedEvent): HistoryEventView {
  const { correlationId, causationId, actor, occurredAt, schemaVersion } = event.metadata;
  return {
    id: event.id,
    type: event.type,
    stream: event.stream,
    revision: String(event.revision),
    position: String(event.position),
    occurredAt,
    actor,
    correlationId,
    causationId,
    schemaVersion,
    data: event.data as Record<string, unknown>,
  };
}
