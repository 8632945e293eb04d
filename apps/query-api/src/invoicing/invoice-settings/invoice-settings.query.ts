import { Query } from '@nestjs/cqrs';
import type { Actor } from '@booking/domain';
import type { InvoiceSettingsView } from '../invoices.views';

export class InvoiceSettingsQuery extends Query<InvoiceSettingsView> {
  /** The caller's own settings (an organizer), or the defaults when none were saved. */
  constructor(readonly args: Readonly<{ viewer: Actor }>) {
    super();
  }
}
