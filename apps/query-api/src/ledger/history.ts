import { bookingStream, invoiceDocsStream, paymentStream, refundStream } from '@booking/domain';
import type { EventStore, RecordedEvent } from '@booking/event-store';
import type { HistoryEventView } from './ledger.views';

/**
 * The streams behind a booking's money, read from the log: the booking, the payment and refund
 * streams it names, and its invoice documents (docs/ledger.md, "History"). Undefined when the
 * booking stream is empty. Events in log order; the streams read that hold any, the booking first.
 */
export async function moneyStreamsOf(
  store: EventStore,
  bookingId: string,
): Promise<{ streams: string[]; events: RecordedEvent[] } | undefined> {
  const booking = await store.readStream(bookingStream(bookingId));
  if (booking.length === 0) return undefined;
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
  const others = await Promise.all(streams.slice(1).map((stream) => store.readStream(stream)));
  return {
    streams: streams.filter((_, i) => (i === 0 ? true : others[i - 1]!.length > 0)),
    events: [booking, ...others].flat().sort(byPosition),
  };
}

export const byPosition = (a: RecordedEvent, b: RecordedEvent) =>
  a.position < b.position ? -1 : a.position > b.position ? 1 : 0;

/** A recorded event as finance reads it: who, when, in which request, caused by what. */
export function historyEvent(event: RecordedEvent): HistoryEventView {
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
