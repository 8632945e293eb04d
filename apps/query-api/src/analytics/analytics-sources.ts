import type { AccountDoc, CatalogEventDoc, PaymentAttemptDoc } from '@booking/projections';
import type { ReadModels } from '../http/read-models';
import type { LedgerJournal } from '../ledger/ledger-journal';
import type { AnalyticsView } from './analytics.views';
import { type DayRange, paymentAnalytics } from './payment-analytics';

export type AnalyticsScope = Readonly<{
  /** Only this organizer's events (all when absent). */
  organizerId?: string;
  /** Finance's view: per organizer, with payment outcomes. */
  finance: boolean;
}>;

/** Reads what the report needs (the ledger's journal, the events and organizers it names, the attempts) and adds it up. */
export async function analyticsOf(
  readModels: ReadModels,
  journal: LedgerJournal,
  range: DayRange,
  scope: AnalyticsScope,
): Promise<AnalyticsView> {
  const entries = await journal.upToCut({});
  const eventIds = [...new Set(entries.flatMap((entry) => (entry.eventId ? [entry.eventId] : [])))];
  const catalog = await (
    await readModels.collection<CatalogEventDoc>('catalog-events')
  ).find({ _id: { $in: eventIds } }, { projection: { _id: 1, title: 1, organizerId: 1 } });
  const events = new Map(catalog.map((doc) => [doc._id, { title: doc.title, organizerId: doc.organizerId }]));
  const onlyEvents = scope.organizerId
    ? new Set(catalog.filter((doc) => doc.organizerId === scope.organizerId).map((doc) => doc._id))
    : undefined;
  const organizerNames = new Map<string, string>();
  if (scope.finance) {
    const organizerIds = [...new Set(catalog.map((doc) => doc.organizerId))];
    const accounts = await (
      await readModels.collection<AccountDoc>('accounts')
    ).find({ _id: { $in: organizerIds } }, { projection: { _id: 1, displayName: 1 } });
    for (const account of accounts) organizerNames.set(account._id, account.displayName);
  }
  // Payment outcomes are platform-wide: a declined attempt may name no event's sale.
  const attempts =
    scope.finance && !scope.organizerId
      ? await (
          await readModels.collection<PaymentAttemptDoc>('payment-attempts')
        ).find({ day: { $gte: range.from, $lte: range.to } }, { projection: { status: 1, reason: 1 } })
      : undefined;
  return paymentAnalytics({
    range,
    entries,
    events,
    organizerNames,
    ...(onlyEvents ? { onlyEvents } : {}),
    ...(attempts ? { attempts } : {}),
    perOrganizer: scope.finance,
  });
}
