import type { SetInvoiceSettings } from '@booking/domain';
import { RequestCommand } from '../../http/request-command';

export type InvoiceSettingsResult = Readonly<{ organizerId: string; position: bigint }>;

export class SetInvoiceSettingsCommand extends RequestCommand<
  Omit<SetInvoiceSettings['data'], 'organizerId'>,
  InvoiceSettingsResult
> {}
