import { NotFoundException } from '@nestjs/common';
import { type Actor, hasRole } from '@booking/domain';
import type { InvoiceDoc } from '@booking/projections';
import type { Filter } from '@booking/read-store';
import type { ReadModels } from '../http/read-models';
import type { InvoicePageView, InvoiceView } from './invoices.views';

/** Finance and admins see every invoice; the buyer theirs; the organizer their events'. Anyone else: 404. */
export function mayRead(viewer: Actor, doc: Pick<InvoiceDoc, 'buyerId' | 'organizerId'>): boolean {
  return hasRole(viewer, 'finance', 'admin') || doc.buyerId === viewer.userId || doc.organizerId === viewer.userId;
}

export function readable(viewer: Actor, doc: InvoiceDoc | null, id: string): InvoiceDoc {
  if (!doc || !mayRead(viewer, doc)) throw new NotFoundException(`No invoice ${id}`);
  return doc;
}

export function invoiceView(doc: InvoiceDoc): InvoiceView {
  const { _id, _position: _p, buyer, refers, reason, ...rest } = doc;
  return {
    invoiceId: _id,
    ...rest,
    buyer: buyer === '[erased]' ? { name: '[erased]', email: '[erased]' } : buyer,
    ...(refers ? { refers: { invoiceId: refers.documentId, number: refers.number } } : {}),
    ...(reason ? { reason } : {}),
    pdfUrl: `/api/invoices/${_id}/pdf`,
  };
}

export const INVOICES_PAGE_SIZE = 50;
export const INVOICES_MAX_PAGE = 10_000;

/** One page of invoices matching `filter`, newest first (then highest number), and how many match. */
export async function invoicesPage(readModels: ReadModels, filter: Filter, page: number): Promise<InvoicePageView> {
  const invoices = await readModels.collection<InvoiceDoc>('invoices');
  const [docs, total] = await Promise.all([
    invoices.find(filter, {
      sort: { issuedAt: -1, sequence: -1 },
      skip: (page - 1) * INVOICES_PAGE_SIZE,
      limit: INVOICES_PAGE_SIZE,
    }),
    invoices.countDocuments(filter),
  ]);
  return { items: docs.map(invoiceView), total, page, pageSize: INVOICES_PAGE_SIZE };
}
