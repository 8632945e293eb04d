import { NotFoundException } from '@nestjs/common';
import { type Actor, type Money, type Role, hasRole, toDecimalString } from '@booking/domain';
import type { CatalogEventDoc, EventOrderDoc, OrderStatus } from '@booking/projections';
import type { Filter, ReadCollection } from '@booking/read-store';
import { seatLabel, ticketSeat } from '@booking/tickets';
import type { ReadModels } from '../http/read-models';
import type { OrderView, SalesView } from './orders.views';

/** Orders per page of `GET /api/events/{id}/orders` and `GET /api/admin/bookings`. */
export const ORDERS_PAGE_SIZE = 50;
/** The last page one may ask for (a million orders): keeps `skip` a small number. */
export const ORDERS_MAX_PAGE = 20_000;
/** The longest `?q=` accepted. */
export const ORDER_SEARCH_MAX = 100;

type SectionNames = Pick<CatalogEventDoc, 'seating'> | undefined;

/**
 * The event, if `viewer` may manage its orders: its organizer, admins, and the extra roles named
 * (finance and analyst read sales). Anyone else gets the same 404 as for an unknown event, as
 * ticket-keys answers: another organizer does not learn the event exists.
 */
export async function managedEvent(
  readModels: ReadModels,
  eventId: string,
  viewer: Actor,
  alsoRoles: readonly Role[] = [],
): Promise<CatalogEventDoc> {
  const event = await readModels.findById<CatalogEventDoc>('catalog-events', eventId.toLowerCase());
  const may = event && (event.organizerId === viewer.userId || hasRole(viewer, 'admin', ...alsoRoles));
  if (!event || !may) throw new NotFoundException(`Event ${eventId} not found`);
  return event;
}

/** The read-store filter for a list: the event (if any), a status, and `q` as a substring of the search text. */
export function ordersFilter(args: Readonly<{ eventId?: string; status?: OrderStatus; q?: string }>): Filter {
  const filter: Filter = {};
  if (args.eventId) filter.eventId = args.eventId.toLowerCase();
  if (args.status) filter.status = args.status;
  const q = args.q?.trim().toLowerCase();
  if (q) filter.search = { $regex: escapeRegExp(q) };
  return filter;
}

/** One page of orders matching `filter`, newest first, and how many match in all. */
export async function ordersPage(
  orders: ReadCollection<EventOrderDoc>,
  filter: Filter,
  page: number,
): Promise<{ docs: EventOrderDoc[]; total: number }> {
  const [docs, total] = await Promise.all([
    orders.find(filter, {
      sort: { placedAt: -1, _id: -1 },
      skip: (page - 1) * ORDERS_PAGE_SIZE,
      limit: ORDERS_PAGE_SIZE,
    }),
    orders.countDocuments(filter),
  ]);
  return { docs, total };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** An order as the API shows it: seat labels from the event's section names; the buyer's name for unnamed tickets. */
export function orderView(doc: EventOrderDoc, event: SectionNames): OrderView {
  return {
    bookingId: doc._id,
    bookingNumber: doc.bookingNumber,
    eventId: doc.eventId,
    status: doc.status,
    ...(doc.statusReason !== undefined ? { statusReason: doc.statusReason } : {}),
    buyerId: doc.buyerId,
    buyerName: doc.buyerName,
    buyerEmail: doc.buyerEmail,
    ticketCount: doc.ticketCount,
    total: doc.total,
    tickets: doc.tickets.map((ticket) => {
      const seat = ticketSeat(ticket, event ?? {});
      return {
        ticketId: ticket.ticketId,
        seatLabel: seatLabel(seat),
        ...(seat ? { section: seat.section } : {}),
        tierId: ticket.tierId,
        tierName: ticket.tierName,
        price: ticket.price,
        attendeeName: ticket.attendeeName ?? doc.buyerName,
        ...(ticket.cancelledAt ? { cancelledAt: ticket.cancelledAt } : {}),
        ...(ticket.holderEmail ? { holderEmail: ticket.holderEmail } : {}),
        ...(ticket.transferredAt ? { transferredAt: ticket.transferredAt } : {}),
        ...(ticket.reissue ? { reissue: ticket.reissue } : {}),
      };
    }),
    placedAt: doc.placedAt,
    ...(doc.confirmedAt !== undefined ? { confirmedAt: doc.confirmedAt } : {}),
    ...(doc.endedAt !== undefined ? { endedAt: doc.endedAt } : {}),
  };
}

/** Sales counters of one event's orders: tickets and revenue of confirmed bookings (per tier), bookings per status. */
export function salesOf(eventId: string, orders: readonly Pick<EventOrderDoc, 'status' | 'tickets'>[]): SalesView {
  const tiers = new Map<string, { tierId: string; tierName: string; ticketsSold: number; revenue: Money }>();
  const revenue = new Map<string, number>();
  const counts = { 'pending-payment': 0, confirmed: 0, expired: 0, cancelled: 0 };
  let ticketsSold = 0;
  for (const order of orders) {
    counts[order.status] += 1;
    if (order.status !== 'confirmed') continue;
    for (const ticket of order.tickets.filter((t) => !t.cancelledAt)) {
      ticketsSold += 1;
      revenue.set(ticket.price.currency, (revenue.get(ticket.price.currency) ?? 0) + ticket.price.amount);
      const key = `${ticket.tierId}\u0000${ticket.price.currency}`;
      const tier = tiers.get(key) ?? {
        tierId: ticket.tierId,
        tierName: ticket.tierName,
        ticketsSold: 0,
        revenue: { amount: 0, currency: ticket.price.currency },
      };
      tiers.set(key, {
        ...tier,
        ticketsSold: tier.ticketsSold + 1,
        revenue: { amount: tier.revenue.amount + ticket.price.amount, currency: tier.revenue.currency },
      });
    }
  }
  return {
    eventId,
    ticketsSold,
    revenue: [...revenue].map(([currency, amount]) => ({ amount, currency })),
    tiers: [...tiers.values()],
    confirmed: counts.confirmed,
    pending: counts['pending-payment'],
    expired: counts.expired,
    cancelled: counts.cancelled,
  };
}

export const ORDERS_CSV_COLUMNS = [
  'booking number',
  'status',
  'buyer',
  'email',
  'attendee',
  'seat',
  'section',
  'tier',
  'price',
  'booked at',
] as const;

/** One CSV row per ticket (the header is ORDERS_CSV_COLUMNS); cells are made formula-safe by `csvSafe`. */
export function orderCsvRows(orders: readonly OrderView[]): string[][] {
  return orders.flatMap((order) =>
    order.tickets.map((ticket) =>
      [
        order.bookingNumber,
        ticket.cancelledAt ? 'cancelled' : order.status,
        order.buyerName,
        order.buyerEmail,
        ticket.attendeeName,
        ticket.seatLabel,
        ticket.section ?? '',
        ticket.tierName,
        priceCell(ticket.price),
        order.placedAt,
      ].map(csvSafe),
    ),
  );
}

/** `25.00 EUR`: the decimal string of the minor units, never through a float. */
export const priceCell = (price: Money): string => `${toDecimalString(price)} ${price.currency}`;

/**
 * A cell a spreadsheet would read as a formula (= + - @, or a tab or CR that some treat alike)
 * gets a leading apostrophe, as OWASP's CSV injection advice says; everything else is unchanged.
 */
export function csvSafe(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
