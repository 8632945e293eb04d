import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, refundModel } from '@booking/command-pipeline';
import { DomainError } from '@booking/domain';
import { ResolveRefundCommand, type ResolveRefundResult } from './resolve-refund.command';

/** A failed refund → manual, with finance's note and who (the refund decider refuses anything else). */
@CommandHandler(ResolveRefundCommand)
export class ResolveRefundHandler implements ICommandHandler<ResolveRefundCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ data, context }: ResolveRefundCommand): Promise<ResolveRefundResult> {
    const outcome = await this.pipeline.execute(
      refundModel,
      data.refundId,
      { type: 'ResolveRefundManually', data },
      context,
    );
    const state = outcome.state;
    if (state.status === 'none') throw DomainError.notFound('refund.not-found', `No refund ${data.refundId}`);
    return { refundId: data.refundId, bookingId: state.bookingId, status: state.status, position: outcome.position };
  }
}
