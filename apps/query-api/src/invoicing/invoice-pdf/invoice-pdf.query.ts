import { Query } from '@nestjs/cqrs';
import type { Actor } from '@booking/domain';

export type InvoicePdf = Readonly<{ pdf: Buffer; filename: string }>;

export class InvoicePdfQuery extends Query<InvoicePdf> {
  /** `viewer`: the buyer, the seller (the event's organizer), finance and admins; anyone else gets 404. */
  constructor(readonly args: Readonly<{ invoiceId: string; viewer: Actor }>) {
    super();
  }
}
