import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, invoiceSettingsModel } from '@booking/command-pipeline';
import type { InvoiceSettingsResult } from './set-invoice-settings.command';
import { SetInvoiceSettingsCommand } from './set-invoice-settings.command';

/** The caller's own settings; invoices already issued keep what they printed. */
@CommandHandler(SetInvoiceSettingsCommand)
export class SetInvoiceSettingsHandler implements ICommandHandler<SetInvoiceSettingsCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ data, context }: SetInvoiceSettingsCommand): Promise<InvoiceSettingsResult> {
    const organizerId = context.actor.userId;
    const outcome = await this.pipeline.execute(
      invoiceSettingsModel,
      organizerId,
      { type: 'SetInvoiceSettings', data: { ...data, organizerId } },
      context,
    );
    return { organizerId, position: outcome.position };
  }
}
