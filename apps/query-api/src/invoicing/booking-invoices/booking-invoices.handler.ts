import { NotFoundException } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { hasRole } from '@booking/domain';
import type { BookingDoc, CatalogEventDoc, InvoiceDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { invoiceView } from '../invoices';
import type { InvoiceListView } from '../invoices.views';
import { BookingInvoicesQuery } from './booking-invoices.query';

/** A booking's invoice and credit notes, oldest first. */
@QueryHandler(BookingInvoicesQuery)
export class BookingInvoicesHandler implements IQueryHandler<BookingInvoicesQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { bookingId, viewer } }: BookingInvoicesQuery): Promise<InvoiceListView> {
    const id = bookingId.toLowerCase();
    const booking = await this.readModels.findById<BookingDoc>('bookings', id);
    let allowed = !!booking && (booking.buyerId === viewer.userId || hasRole(viewer, 'finance', 'admin'));
    if (booking && !allowed) {
      const event = await this.readModels.findById<CatalogEventDoc>('catalog-events', booking.eventId);
      allowed = event?.organizerId === viewer.userId;
    }
    if (!allowed) throw new NotFoundException(`No booking ${bookingId}`);
    const invoices = await this.readModels.collection<InvoiceDoc>('invoices');
    const docs = await invoices.find({ bookingId: id }, { sort: { issuedAt: 1, sequence: 1 } });
    return { items: docs.map(invoiceView) };
  }
}
