import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, bookingModel, refundModel } from '@booking/command-pipeline';
import { PolicyExecutor, issueInvoices, refundPayments } from '@booking/process-managers';
import { IssueRefundCommand, type IssueRefundResult } from './issue-refund.command';

/**
 * The booking stream decides the refund (paid, in its currency, never above what is left); the
 * refund-payments policy, run inline, sends it to the provider before the answer, and the
 * issue-invoices policy issues its credit note (the projector runs both too).
 */
@CommandHandler(IssueRefundCommand)
export class IssueRefundHandler implements ICommandHandler<IssueRefundCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly policies: PolicyExecutor,
  ) {}

  async execute({ data, context }: IssueRefundCommand): Promise<IssueRefundResult> {
    const outcome = await this.pipeline.execute(bookingModel, data.bookingId, { type: 'IssueRefund', data }, context);
    const index = outcome.events.findIndex((e) => e.type === 'RefundRequested');
    const refundId = outcome.eventIds[index];
    if (index < 0 || !refundId) throw new Error(`Refund of booking ${data.bookingId} appended nothing`);
    // A provider that cannot be reached leaves the refund requested: the projector sends it later.
    const sent = await this.policies.react(refundPayments, outcome, context.correlationId).catch(() => 0n);
    const credited = await this.policies.react(issueInvoices, outcome, context.correlationId);
    const refund = await this.pipeline.read(refundModel, refundId);
    const position = [outcome.position, sent, credited].reduce((a, b) => (b > a ? b : a), 0n);
    return { refundId, bookingId: data.bookingId, status: refund.status, position };
  }
}
