import { type CommandContext, type CommandPipeline, refundModel } from '@booking/command-pipeline';
import type { Refund } from './payment-provider';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A provider's word on one of our refunds (from a webhook): its final status to the refund stream
 * named by the refund's metadata. Pending changes nothing; a refund stream that does not know this
 * provider refund, or is final already, appends nothing (docs/payments.md, "Refunds"). Answers the
 * position written, or undefined when nothing was.
 */
export async function recordRefundOutcome(
  pipeline: CommandPipeline,
  refund: Refund & { metadata: NonNullable<Refund['metadata']> },
  context: CommandContext,
): Promise<bigint | undefined> {
  if (refund.status === 'pending' || !UUID.test(refund.metadata.refundId)) return undefined;
  const refundId = refund.metadata.refundId.toLowerCase();
  const outcome = await pipeline.execute(
    refundModel,
    refundId,
    {
      type: 'RecordRefundOutcome',
      data: {
        refundId,
        providerRefundId: refund.id,
        status: refund.status,
        ...(refund.failureReason ? { reason: refund.failureReason } : {}),
      },
    },
    context,
  );
  return outcome.events.length === 0 ? undefined : outcome.position;
}
